// Issue 13: after an undo, a redo or a change written by thema-cli the codebook and the sources list reloaded whole
// and lost the selected item and the scroll position. The panels keep both (ViewStateKeeper).
#include "panelfixture.h"

#include "codebookpanel.h"
#include "codingactions.h"
#include "commands/participantedits.h"
#include "commands/renamecode.h"
#include "sourcespanel.h"
#include "transcriptview.h"

#include "store/projectstore.h"

#include <QScrollBar>
#include <QTreeView>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("codebook: the selected code and the scroll position survive undo, redo and a change from outside")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    TranscriptView transcript;
    CodingActions actions(&transcript, nullptr);
    actions.setSession(demo.session.get());
    CodebookPanel panel(&actions);
    panel.setSession(demo.session.get());
    panel.resize(300, 200);  // a short dock: the codebook scrolls
    panel.show();
    test::settle();
    const Id setbacks = store.codeByPath(QStringLiteral("Recovery/Setbacks"))->id;
    const Id hope = store.codeByPath(QStringLiteral("Recovery/Hope"))->id;
    panel.selectCode(setbacks);
    test::settle();
    QScrollBar* scroll = panel.view()->verticalScrollBar();
    const int scrolled = scroll->value();
    REQUIRE(scrolled > 0);  // "Setbacks" is the 15th row of 31, below a 200 px dock's first rows

    auto same = [&] {
        test::settle();
        CHECK(panel.currentCode() == setbacks);
        CHECK(panel.view()->currentIndex().data().toString() == QLatin1String("Setbacks"));
        CHECK(scroll->value() == scrolled);
    };
    REQUIRE(demo.session->push(new RenameCode(*demo.session, hope, QStringLiteral("Hope"), QStringLiteral("Hope and belief"), 0)));
    same();
    demo.session->undoStack()->undo();
    same();
    demo.session->undoStack()->redo();
    same();
    store.renameCode(hope, QStringLiteral("Hope again"));  // what the store emits when another process wrote
    same();
}

TEST_CASE("sources: the selected source survives a change to the participants and its undo")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    SourcesPanel panel;
    panel.setSession(demo.session.get());
    panel.resize(250, 400);
    panel.show();
    test::settle();
    const Id p07 = store.sourceByName(QStringLiteral("P07"))->id;
    panel.selectSource(p07);
    const Id p05 = store.participantByName(QStringLiteral("P05"))->id;
    REQUIRE(demo.session->push(new RenameParticipant(*demo.session, p05, QStringLiteral("P05"), QStringLiteral("P05b"), 0)));
    test::settle();
    CHECK(panel.view()->currentIndex().data().toString() == QLatin1String("P07"));
    CHECK(panel.view()->selectionModel()->isRowSelected(panel.view()->currentIndex().row(), panel.view()->currentIndex().parent()));
    demo.session->undoStack()->undo();
    test::settle();
    CHECK(panel.view()->currentIndex().data().toString() == QLatin1String("P07"));
}
