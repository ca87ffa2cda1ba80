// Getting around: a source or an extract shows the transcript tab, Ctrl+T from any tab, Ctrl+F opens search, the
// Help menu, Save a Copy (and `thema-cli backup`, the same core operation).
#include "panelfixture.h"

#include "gui/search/searchpanel.h"
#include "themes/analysistabs.h"

#include "clirun.h"
#include "codedsegmentspanel.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "memobrowser.h"
#include "session.h"
#include "shared.h"
#include "sourcespanel.h"
#include "store/projectcopy.h"
#include "store/projectstore.h"
#include "transcriptview.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("navigation: sources and extracts show the transcript; Ctrl+T and Ctrl+F from any tab; Help; memos")
{
    test::DemoSession demo;
    const QString path = demo.path;
    demo.session.reset();
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("Alex"));
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    REQUIRE(window.openProject(path));
    test::settle();
    QTabWidget* tabs = window.tabs();
    const Source second = window.session()->store().sources().at(1);

    // A source activated in the navigator, while the theme board is in front.
    tabs->setCurrentWidget(window.analysis()->search());
    emit window.sources()->sourceActivated(second.id);
    CHECK(tabs->currentWidget() == window.transcript());
    CHECK(window.transcript()->source() == second.id);

    // An extract double-clicked in the coded segments.
    tabs->setCurrentIndex(tabs->count() - 1);
    const Coding coding = window.session()->store().codings().first();
    emit window.segments()->jumpRequested(coding.source, coding.span, coding.id);
    CHECK(tabs->currentWidget() == window.transcript());
    CHECK(window.transcript()->source() == coding.source);

    // Ctrl+T from another tab; Ctrl+F opens search with the query field focused.
    tabs->setCurrentIndex(tabs->count() - 1);
    CHECK(window.action(QStringLiteral("focusText"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    window.action(QStringLiteral("focusText"))->trigger();
    CHECK(tabs->currentWidget() == window.transcript());
    CHECK(window.action(QStringLiteral("find"))->shortcut() == QKeySequence(QKeySequence::Find));
    window.action(QStringLiteral("find"))->trigger();
    CHECK(tabs->currentWidget() == window.analysis()->search());

    // The Help menu: getting started, keyboard shortcuts, About.
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus.append(a->text());
    CHECK(menus.contains(QStringLiteral("&Help")));
    window.action(QStringLiteral("helpKeys"))->trigger();
    auto* help = window.findChild<HelpDialog*>(QStringLiteral("helpDialog"));
    REQUIRE(help);
    CHECK(help->text().contains(QStringLiteral("Ctrl+F")));
    CHECK(help->text().contains(QStringLiteral("Ctrl+T")));
    help->close();
    window.action(QStringLiteral("about"))->trigger();
    test::settle();

    // The memo browser lists the demo's memos.
    window.action(QStringLiteral("memos"))->trigger();
    auto* memos = window.findChild<MemoBrowser*>(QStringLiteral("memoBrowser"));
    REQUIRE(memos);
    CHECK(memos->count() >= int(window.session()->store().memos().size()));
    memos->close();
}

TEST_CASE("a backup copy of the open project, from the core and from thema-cli backup")
{
    test::DemoSession demo;
    const QString copy = test::tempDir() + QStringLiteral("/copy.thema");
    backupProject(demo.store(), copy);
    {
        const auto opened = ProjectStore::open(copy);
        CHECK(opened->sources().size() == demo.store().sources().size());
        CHECK(opened->codings().size() == demo.store().codings().size());
    }
    CHECK_THROWS(backupProject(demo.store(), copy));         // never over an existing file
    CHECK_THROWS(backupProject(demo.store(), demo.path));    // nor over the project itself

    const QString cliCopy = test::tempDir() + QStringLiteral("/cli-copy.thema");
    CHECK(test::runCli({QStringLiteral("backup"), demo.path, cliCopy}).code == 0);
    CHECK(QFileInfo(cliCopy).size() > 0);
    CHECK(test::runCli({QStringLiteral("backup"), demo.path, cliCopy}).code == 1);  // never over an existing file
}
