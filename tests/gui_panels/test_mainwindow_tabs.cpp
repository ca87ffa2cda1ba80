#include "panelfixture.h"

#include "themes/analysistabs.h"
#include "themes/themeboard.h"

#include "mainwindow.h"
#include "session.h"
#include "store/projectstore.h"
#include "transcriptview.h"

#include <QSettings>
#include <QTabWidget>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("main window: the analysis panels are tabs beside the transcript and follow the open project")
{
    test::DemoSession demo;
    const QString path = demo.path;
    demo.session.reset();  // the window opens the project itself
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("Alex"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openProject(path));
    test::settle();
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    for (const char* t : {"Themes", "Thematic map", "Theme review", "Search", "Reliability", "Charts"})
        CHECK(titles.contains(QString::fromUtf8(t)));
    auto* analysis = window.findChild<AnalysisTabs*>();
    REQUIRE(analysis);
    CHECK(analysis->board()->columns().size() == window.session()->store().themes().size());

    // "Open in context" from a panel shows the transcript tab with the span selected.
    const Source second = window.session()->store().sources().at(1);
    tabs->setCurrentWidget(analysis->board());
    emit analysis->openInContext(second.id, {10, 20});
    CHECK(tabs->currentIndex() == 0);
    CHECK(tabs->tabText(0) == second.name);

    window.closeProject();
    test::settle();
    CHECK(analysis->board()->columns().isEmpty());
}
