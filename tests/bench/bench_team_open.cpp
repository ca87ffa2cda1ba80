// thema-bench-team-open [ROUNDS]: opening the same project in the main window (offscreen) as a local file and as a
// team project on a throw-away local PostgreSQL cluster (tests/team/pgcluster.sh): 150 sources, 20,000 codings by
// two coders, 30 codes. Prints JSON: median ms from openProject() to the transcript's first paint, each way, and
// their ratio (the target: team within 1.5x of local). Each way is opened once first, so the team client's
// search index exists (it is synced on a worker) and both read from a warm cache.
#include "cluster.h"
#include "guibench.h"
#include "mainwindow.h"
#include "media/mediabackend.h"
#include "store/postgres/teamadmin.h"
#include "store/projectstore.h"
#include "team/teamclient.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace thema;

namespace {

QString words(QRandomGenerator& rng, int count)
{
    static const char* const vocabulary[] = {"the", "service", "felt", "slow", "when", "we", "called", "nurse", "said",
                                             "waiting", "list", "support", "family", "worried", "about", "care", "plan",
                                             "team", "listened", "really", "helped", "medication", "changed", "week"};
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QLatin1String(vocabulary[rng.bounded(int(std::size(vocabulary)))]);
        text += (i % 14 == 13) ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

void build(const QString& path)
{
    QRandomGenerator rng(18);
    auto store = ProjectStore::create(path);
    store->transaction([&] {
        const Id a = store->ensureCoder(QStringLiteral("A"));
        const Id b = store->ensureCoder(QStringLiteral("B"));
        QList<Id> codes, sources;
        QList<qint64> lengths;
        for (int c = 0; c < 30; ++c)
            codes.append(store->codeByPath(QStringLiteral("Theme %1/Code %2").arg(c / 6).arg(c), true)->id);
        for (int s = 0; s < 150; ++s) {
            Source src;
            src.name = QStringLiteral("P%1").arg(s + 1, 3, 10, QLatin1Char('0'));
            src.format = QStringLiteral("txt");
            src.language = QStringLiteral("en");
            const QString text = words(rng, 3000);
            sources.append(store->addSource(src, text));
            lengths.append(text.size());
        }
        for (int i = 0; i < 20000; ++i) {
            const int s = rng.bounded(150);
            const qint64 length = 40 + rng.bounded(400);
            const qint64 start = rng.bounded(lengths[s] - length);
            Coding c;
            c.source = sources[s];
            c.span = {start, start + length};
            c.code = codes[rng.bounded(30)];
            c.coder = i % 2 ? a : b;
            store->addCoding(c);
        }
    });
}

double openOnce(MainWindow& window, const QString& location)
{
    window.closeProject();
    QCoreApplication::processEvents();
    TranscriptView* view = window.transcript();
    QElapsedTimer timer;
    timer.start();
    if (!window.openProject(location)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(location));
        std::exit(1);
    }
    bench::waitForPaint(view, view->paintCount(), 20000);
    return bench::ms(timer);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    qputenv("XDG_CACHE_HOME", dir.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    media::chooseBackend();  // as app/gui/main.cpp does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThemaBench"));
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;

    const QString file = dir.filePath(QStringLiteral("study.thema"));
    build(file);
    const test::Cluster& cluster = test::Cluster::instance();
    QProcess::execute(cluster.psql(), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), cluster.socketDir(),
                                       QStringLiteral("-p"), QString::number(cluster.port()), QStringLiteral("-U"),
                                       QStringLiteral("admin"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                                       QStringLiteral("CREATE ROLE olga LOGIN PASSWORD 'olga'"), QStringLiteral("-c"),
                                       QStringLiteral("CREATE DATABASE thema OWNER olga")});
    qputenv("PGPASSWORD", "olga");
    const QString team = cluster.url(QStringLiteral("olga"), QStringLiteral("study"));
    team::push(file, team);

    QSettings().setValue(QStringLiteral("coding/popupOnSelect"), false);
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("A"));  // no "Who is coding?" question
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    openOnce(window, file);
    openOnce(window, team);
    QElapsedTimer guard;  // the team client's first index sync (150 sources), off the measured opens
    guard.start();
    while (guard.elapsed() < 120000 && !(window.team()->lastSync().sources == 150 && !window.team()->syncing()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QList<double> local, remote;
    for (int i = 0; i < rounds; ++i) {
        local.append(openOnce(window, file));
        remote.append(openOnce(window, team));
    }
    window.closeProject();
    const double l = median(local), t = median(remote);
    std::printf("{\"sources\": 150, \"codings\": 20000, \"rounds\": %d, \"local_open_ms\": %.1f, \"team_open_ms\": %.1f, "
                "\"team_over_local\": %.2f}\n", rounds, l, t, t / l);
    return 0;
}
