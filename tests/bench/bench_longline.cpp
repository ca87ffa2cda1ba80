// thema-bench-longline: a 50 MB source that is one single line (issue 19), opened in the real main window on the
// offscreen platform. Prints JSON: opening the project until the transcript's first paint, a full repaint, and a
// scroll to the end; and, as the baseline of what Thema did before, a plain QPlainTextEdit given the same line.
#include "gui/media/mediabackend.h"
#include "mainwindow.h"
#include "session.h"
#include "store/projectstore.h"
#include "transcriptview.h"
#include "guibench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace thema;

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    media::chooseBackend();  // as the application does: Qt 6.4's GStreamer backend crashes without its plugins
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThemaBench"));
    const qsizetype megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 50;
    const bool baseline = !(argc > 2 && QByteArray(argv[2]) == "--no-baseline");

    // One line of words, no line break at all.
    static const char* const words[] = {"the", "waiting", "list", "was", "six", "months", "and", "nobody", "called",
                                        "back", "so", "I", "rang", "them", "every", "week", "until", "someone", "answered"};
    QString text;
    text.reserve(megabytes * 1024 * 1024 + 16);
    QRandomGenerator rng(19);
    while (text.size() < megabytes * 1024 * 1024) {
        text += QLatin1String(words[rng.bounded(int(std::size(words)))]);
        text += QLatin1Char(' ');
    }
    const QString path = dir.filePath(QStringLiteral("longline.thema"));
    {
        ProjectStore::create(path);
        auto store = ProjectStore::open(path);
        Source s;
        s.name = QStringLiteral("one-line");
        store->addSource(s, text);
        store->ensureCoder(QStringLiteral("bench"));
    }
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("bench"));
    QSettings().setValue(QStringLiteral("coding/popupOnSelect"), false);

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    TranscriptView* view = window.transcript();
    window.openProject(path);
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    const int before = view->paintCount();
    view->openSource(window.session()->store().sources().first().id);
    view->viewport()->update();
    bench::waitForPaint(view, before, 120000);
    const double firstPaint = bench::ms(timer);
    timer.restart();
    view->viewport()->repaint();
    const double repaint = bench::ms(timer);
    timer.restart();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    view->viewport()->repaint();
    const double scrollEnd = bench::ms(timer);

    QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("gui_longline")},
        {QStringLiteral("source_utf16_units"), double(text.size())},
        {QStringLiteral("document_blocks"), view->document()->blockCount()},
        {QStringLiteral("open_source_to_first_paint_ms"), firstPaint},
        {QStringLiteral("repaint_ms"), repaint},
        {QStringLiteral("scroll_to_end_and_paint_ms"), scrollEnd},
    };
    if (baseline) {
        // What the transcript was before: the line given to a QPlainTextEdit as it is.
        QPlainTextEdit plain;
        plain.setLineWrapMode(QPlainTextEdit::WidgetWidth);
        plain.resize(900, 600);
        plain.show();
        QCoreApplication::processEvents();
        timer.restart();
        plain.setPlainText(text);
        plain.viewport()->repaint();
        result.insert(QStringLiteral("baseline_plain_one_block_first_paint_ms"), bench::ms(timer));
    }
    std::fputs(QJsonDocument(result).toJson().constData(), stdout);
    return 0;
}
