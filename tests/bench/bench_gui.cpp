// thema-bench-gui: the Apollo 13 air-to-ground transcript (~200,000 words) with 5,000 codings, in the real
// main window on the offscreen platform. Prints JSON: opening the project until the transcript's first paint,
// a full repaint, and the time from applying a code until the new coding is painted.
#include "codingactions.h"
#include "importerregistry.h"
#include "importservice.h"
#include "mainwindow.h"
#include "session.h"
#include "store/projectstore.h"
#include "transcriptview.h"
#include "guibench.h"
#include "gui/media/mediabackend.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>

#include <QSignalBlocker>

#include <algorithm>
#include <functional>
#include <cstdio>

using namespace thema;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    media::chooseBackend();  // as app/gui/main.cpp does: Qt 6.4's GStreamer backend crashes building the player here
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThemaBench"));
    const QString file = QStringLiteral(THEMA_SHARED_DIR) + QStringLiteral("/corpus/txt/spacelog_apollo13_TEC_air-to-ground.txt");
    const QString path = dir.filePath(QStringLiteral("apollo.thema"));

    // The project: the transcript, 40 codes, 5,000 codings by one coder over word-aligned spans.
    qint64 words = 0;
    {
        auto store = ProjectStore::create(path);
        const SourceDraft draft = ImporterRegistry::instance().readFile(file, {});
        words = draft.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
        const Id source = ImportService(*store).write(draft).source;
        const Id coder = store->ensureCoder(QStringLiteral("bench"));
        QList<Id> codes;
        for (int i = 0; i < 40; ++i)
            codes.append(store->codeByPath(QStringLiteral("Theme %1/Code %2").arg(i % 8).arg(i), true)->id);
        QRandomGenerator rng(13);
        const qint64 length = draft.text.size();
        store->transaction([&] {
            for (int i = 0; i < 5000; ++i) {
                Coding c;
                c.source = source;
                c.span.start = rng.bounded(length - 400);
                c.span.end = c.span.start + 20 + rng.bounded(300);
                c.code = codes[rng.bounded(int(codes.size()))];
                c.coder = coder;
                store->addCoding(c);
            }
        });
    }
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("bench"));
    QSettings().setValue(QStringLiteral("coding/popupOnSelect"), false);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    TranscriptView* view = window.transcript();

    QElapsedTimer timer;
    timer.start();
    window.openProject(path);
    bench::waitForPaint(view, view->paintCount(), 10000);
    const double openMs = bench::ms(timer);

    // A viewport in the middle of the transcript, then full repaints there.
    QTextCursor middle(view->document()->findBlockByNumber(view->document()->blockCount() / 2));
    view->setTextCursor(middle);
    view->centerCursor();
    QList<double> repaints;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        view->viewport()->repaint();
        repaints.append(bench::ms(timer));
    }

    // A new coding: select a few words on screen, apply a code, repaint.
    Session* session = window.session();
    const Id code = session->store().codes().last().id;
    QList<double> codingTimes;
    QTextBlock block = view->cursorForPosition(QPoint(0, 0)).block();
    for (int i = 0; i < 20 && block.isValid(); ++i, block = block.next().next()) {
        if (block.length() < 12)
            continue;
        QTextCursor c(block);
        c.setPosition(block.position() + 10, QTextCursor::KeepAnchor);
        view->setTextCursor(c);
        const int before = view->paintCount();
        timer.restart();
        window.codingActions()->applyCode(code);
        view->viewport()->repaint();
        const double t = bench::ms(timer);
        if (view->paintCount() > before)
            codingTimes.append(t);
    }
    const int shown = int(view->data().codings().size());
    if (qEnvironmentVariableIsSet("THEMA_BENCH_DETAIL")) {
        ProjectStore& store = session->store();
        auto time = [&](const char* what, const std::function<void()>& f) {
            timer.restart();
            f();
            std::fprintf(stderr, "%s: %.2f ms\n", what, bench::ms(timer));
        };
        const Id source = view->source();
        time("codings(source)", [&] { store.codings({{source}, {}, {}}); });
        time("codeCounts", [&] { store.codeCounts(); });
        time("codes", [&] { store.codes(); });
        time("source(id)", [&] { store.source(source); });
        time("code(id)", [&] { store.code(code); });
        Coding c{0, {}, source, {100, 120}, code, session->coder(), {}, {}, {}};
        time("addCoding (no listeners)", [&] { QSignalBlocker b(&store); store.addCoding(c); });
        time("removeCoding (no listeners)", [&] { QSignalBlocker b(&store); store.removeCoding(c.id); });
    }

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("gui")},
        {QStringLiteral("source_characters"), view->document()->characterCount()},
        {QStringLiteral("source_words"), words},
        {QStringLiteral("codings"), shown},
        {QStringLiteral("open_and_first_paint_ms"), openMs},
        {QStringLiteral("repaint_median_ms"), median(repaints)},
        {QStringLiteral("new_coding_visible_median_ms"), median(codingTimes)},
        {QStringLiteral("new_coding_visible_max_ms"), codingTimes.isEmpty() ? 0.0 : *std::max_element(codingTimes.cbegin(), codingTimes.cend())},
        {QStringLiteral("new_codings_measured"), int(codingTimes.size())},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("open_and_first_paint_ms"), 500}, {QStringLiteral("new_coding_visible_ms"), 50}}},
    };
    std::fputs(QJsonDocument(result).toJson().constData(), stdout);
    return openMs < 500 && median(codingTimes) < 50 ? 0 : 1;
}
