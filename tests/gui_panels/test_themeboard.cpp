#include "panelfixture.h"

#include "themes/themeboard.h"
#include "themes/themeboardmodel.h"
#include "themes/themecolumn.h"

#include "mimetypes.h"
#include "store/projectstore.h"

#include <QListView>
#include <QMimeData>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

namespace {

Id codeId(ProjectStore& store, const char* path) { return store.codeByPath(QString::fromUtf8(path))->id; }

}  // namespace

TEST_CASE("theme board: build themes from codes, nest, split, merge, all undoable")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    QUndoStack& undo = *demo.session->undoStack();
    ThemeBoard board;
    board.resize(1200, 700);
    board.setSession(demo.session.get());
    board.show();
    test::settle();
    const int initial = int(store.themes().size());
    CHECK(board.columns().size() == initial);
    CHECK(initial >= 4);

    const Id hope = codeId(store, "Recovery/Hope");
    const Id steps = codeId(store, "Recovery/Practical steps");
    const Id stigma = codeId(store, "Identity/Stigma");

    // A new theme, then codes dropped on its column as a drag from the codebook would.
    const Id a = board.addTheme(QStringLiteral("Moving on"));
    REQUIRE(a);
    test::settle();
    CHECK(board.columns().size() == initial + 1);
    ThemeColumn* col = board.column(a);
    REQUIRE(col);
    auto* data = new QMimeData;
    data->setData(mime::codes(), QStringLiteral("%1 %2").arg(hope).arg(steps).toUtf8());
    board.model()->dropMimeData(data, Qt::CopyAction, -1, 0, col->cards()->rootIndex());
    delete data;
    test::settle();
    CHECK(store.theme(a)->codes.size() == 2);
    CHECK(board.column(a)->cards()->model()->rowCount(board.column(a)->cards()->rootIndex()) == 2);

    // A code may sit in several themes: Hope already belongs to a demo theme too.
    int themesWithHope = 0;
    for (const Theme& t : store.themes())
        themesWithHope += t.codes.contains(hope);
    CHECK(themesWithHope >= 2);

    const Id b = board.addTheme(QStringLiteral("Stigma"), 0, {stigma});
    REQUIRE(b);
    CHECK(board.renameTheme(b, QStringLiteral("Carrying stigma")));
    CHECK(board.defineTheme(b, QStringLiteral("Shame that follows people.")));
    CHECK(board.setStatus(b, ThemeStatus::Reviewed));
    CHECK(board.nestTheme(b, a));
    test::settle();
    CHECK(store.theme(b)->path == QStringLiteral("Moving on/Carrying stigma"));
    CHECK(store.theme(b)->status == ThemeStatus::Reviewed);

    // A card moved from one column to another leaves the first.
    auto* move = board.model()->mimeData({board.model()->index(0, 0, board.model()->indexOfTheme(b))});
    REQUIRE(move);
    board.model()->dropMimeData(move, Qt::MoveAction, -1, 0, board.model()->indexOfTheme(a));
    delete move;
    test::settle();
    CHECK(store.theme(a)->codes.contains(stigma));
    CHECK_FALSE(store.theme(b)->codes.contains(stigma));
    undo.undo();
    CHECK(store.theme(b)->codes.contains(stigma));
    CHECK_FALSE(store.theme(a)->codes.contains(stigma));

    // Split Practical steps out of "Moving on", then merge it back.
    const Id split = board.splitTheme(a, QStringLiteral("Small steps"), {steps});
    REQUIRE(split);
    CHECK(store.theme(split)->codes == QList<Id>{steps});
    CHECK_FALSE(store.theme(a)->codes.contains(steps));
    CHECK(board.mergeThemes(split, a));
    CHECK_FALSE(store.theme(split));
    CHECK(store.theme(a)->codes.contains(steps));
    undo.undo();  // merge
    const auto back = store.themeByPath(QStringLiteral("Small steps"));
    REQUIRE(back);
    CHECK(back->codes == QList<Id>{steps});
    undo.undo();  // split
    CHECK_FALSE(store.themeByPath(QStringLiteral("Small steps")));
    CHECK(store.theme(a)->codes.contains(steps));

    // Removing a theme with a subtheme, and undoing it, brings both back with their codes and definition.
    CHECK(board.removeTheme(a));
    CHECK(int(store.themes().size()) == initial);
    undo.undo();
    const auto moving = store.themeByPath(QStringLiteral("Moving on"));
    const auto sub = store.themeByPath(QStringLiteral("Moving on/Carrying stigma"));
    REQUIRE(moving);
    REQUIRE(sub);
    CHECK(sub->definition == QStringLiteral("Shame that follows people."));
    CHECK(sub->codes == QList<Id>{stigma});
    CHECK(moving->codes.size() == 2);
    // The commands further up the stack still find the restored themes (by GUID).
    undo.undo();  // nest
    CHECK(store.theme(sub->id)->parent == 0);
    undo.undo();  // status
    CHECK(store.theme(sub->id)->status == ThemeStatus::Candidate);
    while (undo.canUndo())
        undo.undo();
    CHECK(int(store.themes().size()) == initial);
    while (undo.canRedo())
        undo.redo();
    CHECK_FALSE(store.themeByPath(QStringLiteral("Moving on")));  // the last command removed it again
    undo.undo();
    CHECK(store.themeByPath(QStringLiteral("Moving on/Carrying stigma")));
    test::settle();
    CHECK(board.columns().size() == initial + 2);
}

TEST_CASE("theme board: renaming through the model pushes a command; refused changes leave nothing on the stack")
{
    test::DemoSession demo;
    ThemeBoard board;
    board.setSession(demo.session.get());
    test::settle();
    const QModelIndex first = board.model()->index(0, 0);
    const Id id = board.model()->themeAt(first);
    CHECK(board.model()->setData(first, QStringLiteral("Renamed"), Qt::EditRole));
    CHECK(demo.store().theme(id)->name == QStringLiteral("Renamed"));
    const int count = demo.session->undoStack()->count();
    // A sibling with the same name is refused by the store: nothing changes, nothing is pushed.
    const Id other = board.model()->themeAt(board.model()->index(board.model()->rowCount() - 1, 0));
    const Theme o = *demo.store().theme(other);
    if (o.parent == 0 && other != id)
        CHECK_FALSE(board.renameTheme(other, QStringLiteral("Renamed")));
    CHECK(demo.session->undoStack()->count() == count);
    CHECK_FALSE(board.mergeThemes(id, id));
    CHECK(demo.session->undoStack()->count() == count);
}
