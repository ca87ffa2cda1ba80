// "Code all hits" through its dialog as a user fills it: the code name in the box is the code applied.
#include "panelfixture.h"

#include "gui/search/searchpanel.h"

#include "store/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

namespace {

/** Clicks "Code all hits…", and in its dialog picks @p pick (when not empty), then types @p typed and presses OK. */
void codeAllThroughDialog(SearchPanel& panel, const QString& pick, const QString& typed)
{
    QTimer::singleShot(0, &panel, [pick, typed] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* box = dialog->findChild<QComboBox*>(QStringLiteral("codeAllCode"));
        REQUIRE(box);
        if (!pick.isEmpty())
            box->setCurrentIndex(box->findText(pick));
        box->lineEdit()->selectAll();
        box->lineEdit()->insert(typed);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("codeAllButton"))->click();
}


}  // namespace

TEST_CASE("code all hits: a typed new name creates that code in one undo step; the previously picked code is untouched")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    SearchPanel panel;
    panel.resize(1000, 600);
    panel.setSession(demo.session.get());
    panel.show();
    QSignalSpy done(&panel, &SearchPanel::finished);
    panel.search(QStringLiteral("waiting"));
    REQUIRE(test::waitFor(done, 1));
    const int total = int(panel.result().total);
    REQUIRE(total > 0);

    const QList<Code> codes = store.codes();
    const Code picked = codes.first();
    CodingFilter pickedFilter;
    pickedFilter.codes = {picked.id};
    const int pickedBefore = int(store.codings(pickedFilter).size());
    const int codesBefore = int(codes.size());
    const int stackBefore = demo.session->undoStack()->count();

    codeAllThroughDialog(panel, picked.path, QStringLiteral("Typed/Waiting for help"));
    REQUIRE(test::waitFor(done, 2));
    const auto made = store.codeByPath(QStringLiteral("Typed/Waiting for help"));
    REQUIRE(made);
    CHECK(int(store.codes().size()) == codesBefore + 2);  // "Typed" and "Typed/Waiting for help"
    CodingFilter filter;
    filter.codes = {made->id};
    CHECK(int(store.codings(filter).size()) == total);
    CHECK(int(store.codings(pickedFilter).size()) == pickedBefore);
    CHECK(demo.session->undoStack()->count() == stackBefore + 1);

    // One undo takes the codings and both new codes away; redo brings them back under the same ids.
    demo.session->undoStack()->undo();
    CHECK_FALSE(store.codeByPath(QStringLiteral("Typed")));
    CHECK(int(store.codes().size()) == codesBefore);
    demo.session->undoStack()->redo();
    REQUIRE(store.codeByPath(QStringLiteral("Typed/Waiting for help")));
    CHECK(store.codeByPath(QStringLiteral("Typed/Waiting for help"))->id == made->id);
    CHECK(int(store.codings(filter).size()) == total);

    // An existing code's path typed by hand codes with that code.
    codeAllThroughDialog(panel, {}, picked.path);
    REQUIRE(test::waitFor(done, 3));
    CHECK(int(store.codings(pickedFilter).size()) > pickedBefore);

    // An empty name is refused with a message and changes nothing.
    QSignalSpy errors(demo.session.get(), &Session::error);
    const int stackNow = demo.session->undoStack()->count();
    codeAllThroughDialog(panel, picked.path, QStringLiteral("  "));
    REQUIRE(test::waitFor(done, 4));
    CHECK(errors.count() == 1);
    CHECK(demo.session->undoStack()->count() == stackNow);
}
