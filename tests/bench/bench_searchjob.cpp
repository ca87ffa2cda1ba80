// thema-bench-searchjob PROJECT QUERY [REPEAT]: what a click on Search in the search panel runs (runSearch on the
// worker: the project opened read-only, the hits found with their keyword in context, as many as the panel shows by
// default), timed in process. Prints JSON: the median of a click when the panel knows nothing changed since its last
// search (click_ms), and of one that first compares the index with the project (checked_click_ms, after a change).
// The project's index is built by a first run (not timed).
#include "search/searchjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace thema;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: thema-bench-searchjob PROJECT QUERY [REPEAT]\n");
        return 2;
    }
    const QString project = args[1], query = args[2];
    const int repeat = args.size() > 3 ? std::max(1, args[3].toInt()) : 5;
    SearchOptions options;
    options.limit = 500;  // the panel's "show 500"
    SearchOutcome out = runSearch(project, query, options, {}, nullptr);
    if (!out.error.isEmpty()) {
        std::fprintf(stderr, "thema-bench-searchjob: %s\n", qPrintable(out.error));
        return 1;
    }
    auto median = [&](bool checkIndex) {
        std::vector<double> ms;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            out = runSearch(project, query, options, {}, nullptr, checkIndex);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    const double checked = median(true);
    const double trusted = median(false);
    const QJsonObject json{{QStringLiteral("query"), query}, {QStringLiteral("runs"), repeat}, {QStringLiteral("click_ms"), trusted},
                           {QStringLiteral("checked_click_ms"), checked}, {QStringLiteral("hits_shown"), out.result.hits.size()},
                           {QStringLiteral("total"), out.result.total}, {QStringLiteral("counted"), out.result.counted}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
