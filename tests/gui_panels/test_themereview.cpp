#include "panelfixture.h"

#include "exportdialog.h"

#include "themes/reviewmodel.h"
#include "themes/themereview.h"

#include "store/projectstore.h"

#include <QLabel>
#include <QTreeView>
#include <QSignalSpy>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

namespace {

/**
 * Set-up as another program would do it: a new code "Asked about", linked to @p theme, coded by Alex on the
 * interviewer's first words of P01, "Okay, so it's recording now." (the Interviewer's turn).
 */
Coding codeInterviewersQuestion(ProjectStore& store, Id theme)
{
    const auto p01 = store.sourceByName(QStringLiteral("P01"));
    const auto code = store.codeByPath(QStringLiteral("Asked about"), true);
    REQUIRE(p01);
    REQUIRE(code);
    store.linkCode(theme, code->id);
    Coding asked;
    asked.source = p01->id;
    asked.span = {0, 28};
    asked.code = code->id;
    asked.coder = store.coderByName(QStringLiteral("Alex"))->id;
    store.addCoding(asked);
    return asked;
}

}  // namespace

TEST_CASE("theme review: group counts from the theme table, extracts by group, starring an exemplar is undoable")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    const auto theme = store.themeByPath(QStringLiteral("Feeling understood"));
    REQUIRE(theme);
    ThemeReview review;
    review.resize(1000, 700);
    review.setSession(demo.session.get());
    review.setTheme(theme->id);
    review.show();
    // The demo has no consensus layer: by default each passage is listed once, however many coders coded it.
    CHECK(review.coder() == ThemeReview::EachPassageOnce);
    int passages = 0;
    for (int g = 0; g < review.model()->rowCount(); ++g)
        passages += review.model()->rowCount(review.model()->index(g, 0));
    review.setCoder(ThemeReview::EveryCoding);

    // The counts are the theme table's, as pinned for the demo in tests/golden/expected/themes.md.
    const QString counts = review.countsText();
    CHECK(counts == QStringLiteral("4 of 4 clinicians, 4 of 4 service users"));

    // Every coding of the theme's codes (and its subthemes') is listed once, under its speaker's group: 118 codings
    // of the demo, 92 passages when the same passage by Alex and Sam is listed once.
    ReviewModel* model = review.model();
    int listed = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        listed += model->rowCount(model->index(g, 0));
    CHECK(listed == 118);
    CHECK(passages == 92);

    // Star the first extract of the first group through the view's check box.
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    const Id coding = first.data(ReviewModel::CodingIdRole).toLongLong();
    const bool was = store.exemplars(theme->id).contains(coding);
    CHECK(model->setData(first, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    test::settle();
    CHECK(store.exemplars(theme->id).contains(coding) != was);
    // After the refresh the starred extract comes first in its group, with its star.
    bool found = false;
    for (int g = 0; g < model->rowCount(); ++g)
        for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
            const QModelIndex i = model->index(r, 0, model->index(g, 0));
            if (i.data(ReviewModel::CodingIdRole).toLongLong() == coding) {
                found = true;
                CHECK(i.data(ReviewModel::ExemplarRole).toBool() != was);
            }
        }
    CHECK(found);
    demo.session->undoStack()->undo();
    test::settle();
    CHECK(store.exemplars(theme->id).contains(coding) == was);

    // One coder's codings only.
    const Id alex = store.coderByName(QStringLiteral("Alex"))->id;
    review.setCoder(alex);
    int alexListed = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        alexListed += model->rowCount(model->index(g, 0));
    CHECK(alexListed < listed);
    CHECK(alexListed > 0);

    // Double-click opens in context.
    QSignalSpy open(&review, &ThemeReview::openInContext);
    const QModelIndex any = model->index(0, 0, model->index(0, 0));
    REQUIRE(any.isValid());
    emit review.findChild<QTreeView*>()->doubleClicked(any);
    CHECK(open.count() == 1);
}

TEST_CASE("theme review: an interviewer's coded question is listed apart, as the interviewer's, and never counted")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    const auto theme = store.themeByPath(QStringLiteral("Feeling understood"));
    REQUIRE(theme);
    const Coding asked = codeInterviewersQuestion(store, theme->id);

    ThemeReview review;
    review.setSession(demo.session.get());
    review.setTheme(theme->id);
    review.setCoder(ThemeReview::EveryCoding);
    CHECK(review.countsText() == QStringLiteral("4 of 4 clinicians, 4 of 4 service users"));
    ReviewModel* model = review.model();
    int found = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            if (model->index(r, 0, group).data(ReviewModel::CodingIdRole).toLongLong() == asked.id) {
                ++found;
                CHECK(group.data().toString() == QStringLiteral("Interviewers (not counted) · 1 extract"));
            }
    }
    CHECK(found == 1);
    CHECK(model->rowCount(model->index(0, 0)) > 0);
}

TEST_CASE("theme review: the memo box is shown only for a theme with memos, so the extracts keep the height")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    const auto theme = store.themeByPath(QStringLiteral("Feeling understood"));
    REQUIRE(theme);
    ThemeReview review;
    review.resize(820, 420);  // the tab's size in a 1280 x 720 window
    review.setSession(demo.session.get());
    review.setTheme(theme->id);
    review.show();
    test::settle();
    auto* memos = review.findChild<QWidget*>(QStringLiteral("reviewMemos"));
    REQUIRE(memos);
    CHECK_FALSE(memos->isVisible());  // the demo has no memo on this theme
    auto* tree = review.findChild<QTreeView*>();
    REQUIRE(tree);
    const int without = tree->height();

    Memo memo;
    memo.target = MemoTarget::Theme;
    memo.targetId = theme->id;
    memo.title = QStringLiteral("Check with P05");
    memo.text = QStringLiteral("Does 'get it' hold for the clinicians too?");
    store.addMemo(memo);
    review.setTheme(theme->id);
    test::settle();
    CHECK(memos->isVisible());
    CHECK(tree->height() < without);
}

TEST_CASE("theme review and export: a starred exemplar in an interviewer's turn is marked, and the export says it is left out")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    const auto theme = store.themeByPath(QStringLiteral("Feeling understood"));
    REQUIRE(theme);
    const Coding asked = codeInterviewersQuestion(store, theme->id);

    ThemeReview review;
    review.setSession(demo.session.get());
    review.setTheme(theme->id);
    review.setCoder(ThemeReview::EveryCoding);
    ReviewModel* model = review.model();
    auto find = [&] {
        for (int g = 0; g < model->rowCount(); ++g)
            for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r)
                if (model->index(r, 0, model->index(g, 0)).data(ReviewModel::CodingIdRole).toLongLong() == asked.id)
                    return model->index(r, 0, model->index(g, 0));
        return QModelIndex();
    };
    REQUIRE(find().isValid());
    CHECK(model->setData(find(), Qt::Checked, Qt::CheckStateRole));  // the analyst stars it
    test::settle();
    REQUIRE(store.exemplars(theme->id).contains(asked.id));
    CHECK(find().data().toString() == QStringLiteral("★ (not quotable: an interviewer's turn) Okay, so it's recording now."));

    ExportDialog dialog(store);
    dialog.show();
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("exportUnquotable"));
    REQUIRE(note);
    CHECK(note->isVisible());  // the theme table is the dialog's first kind
    CHECK(note->text() == QStringLiteral("Theme \"Feeling understood\": the starred exemplar \"Okay, so it's recording now.\" is in an "
                                         "interviewer's turn and is left out of the quotes."));
    demo.session->undoStack()->undo();  // unstarred: nothing to say
    ExportDialog after(store);
    CHECK(after.findChild<QLabel*>(QStringLiteral("exportUnquotable"))->text().isEmpty());
}
