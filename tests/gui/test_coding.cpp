// The coding loop as a researcher does it, on the real widgets: open the demo, select, quick-code, undo, redo.
#include "fixture.h"

#include "codebookpanel.h"
#include "codingactions.h"
#include "codingstripes.h"
#include "mainwindow.h"
#include "quickcodepopup.h"
#include "session.h"
#include "store/projectstore.h"
#include "transcriptview.h"
#include "wordsnap.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>

using namespace thema;

namespace {

/** Selects [start, end) (UTF-16) of the transcript as a user's drag would leave it. */
void select(TranscriptView* view, int start, int end)
{
    QTextCursor c(view->document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    view->ensureCursorVisible();
}

QList<Coding> codingsWith(const ProjectStore& store, Id source, const QString& codeName)
{
    QList<Coding> result;
    for (const Coding& c : store.codings({{source}, {}, {}}))
        if (store.code(c.code)->name == codeName)
            result.append(c);
    return result;
}

/** The colour painted under the text at UTF-16 @p pos: a pixel at the very top of its line, left of the glyph. */
QColor paintedAt(TranscriptView* view, int pos)
{
    QTextCursor c(view->document());
    c.setPosition(pos);
    const QRect r = view->cursorRect(c);
    const QImage image = view->viewport()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int((r.left() + 2) * dpr), int((r.top() + 1) * dpr));
}

}  // namespace

TEST_CASE("open the demo, code a passage through the quick-code popup, undo and redo")
{
    const QString path = test::demoProject();
    MainWindow window;
    REQUIRE(window.openProject(path));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Session* session = window.session();
    REQUIRE(session->coder() != 0);
    TranscriptView* view = window.transcript();
    REQUIRE(view->source() != 0);
    const Id source = view->source();
    const QString text = view->toPlainText();
    REQUIRE(text.size() > 1000);

    // A sloppy selection inside two words: snapping widens it to whole words.
    const int word = int(text.indexOf(QStringLiteral(" "), 400)) + 1;
    const int wordEnd = int(text.indexOf(QStringLiteral(" "), word + 1));
    const int nextEnd = int(text.indexOf(QStringLiteral(" "), wordEnd + 1));
    select(view, word + 1, word + 1);
    const QColor before = paintedAt(view, word + 1);
    select(view, word + 1, nextEnd - 1);
    const Span expected = view->data().toCodePoints(word, nextEnd);
    CHECK(view->selectedSpan() == expected);

    window.action(QStringLiteral("codeSelection"))->trigger();
    QuickCodePopup* popup = window.codingActions()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClicks(popup->lineEdit(), QStringLiteral("Sense of belonging (test)"));
    test::shot(popup, QStringLiteral("1-popup"));
    test::shot(&window, QStringLiteral("1-window-popup"));
    QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());

    ProjectStore& store = session->store();
    QList<Coding> coded = codingsWith(store, source, QStringLiteral("Sense of belonging (test)"));
    REQUIRE(coded.size() == 1);
    CHECK(coded.first().span == expected);
    CHECK(coded.first().coder == session->coder());
    const Id codingId = coded.first().id;

    // Painted under the text (with the selection gone) and shown as a stripe in the margin.
    select(view, word + 1, word + 1);
    view->viewport()->repaint();
    const QColor after = paintedAt(view, word + 1);
    CHECK(after != before);
    bool striped = false;
    for (const Stripe& s : view->stripes())
        striped = striped || s.coding.id == codingId;
    CHECK(striped);
    test::shot(&window, QStringLiteral("2-coded"));

    // Undo takes away the coding and the code created for it (one step); redo brings both back, same ids.
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(codingsWith(store, source, QStringLiteral("Sense of belonging (test)")).isEmpty());
    CHECK_FALSE(store.codeByPath(QStringLiteral("Sense of belonging (test)")));
    view->viewport()->repaint();
    CHECK(paintedAt(view, word + 1) == before);

    window.action(QStringLiteral("redo"))->trigger();
    coded = codingsWith(store, source, QStringLiteral("Sense of belonging (test)"));
    REQUIRE(coded.size() == 1);
    CHECK(coded.first().id == codingId);
    CHECK(view->data().codingById(codingId) != nullptr);

    // An existing code by type-ahead: a fragment of its name, Enter applies the best match.
    const Code existing = store.codes().first();
    select(view, word, wordEnd);
    window.action(QStringLiteral("codeSelection"))->trigger();
    QTest::keyClicks(popup->lineEdit(), existing.name.left(5));
    QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
    CHECK(store.findCoding(source, view->data().toCodePoints(word, wordEnd), existing.id, session->coder()));

    // The recent-code key applies the last used code again.
    const int third = int(text.indexOf(QStringLiteral(" "), nextEnd + 1));
    select(view, nextEnd + 1, third);
    window.action(QStringLiteral("recent1"))->trigger();
    CHECK(store.findCoding(source, view->data().toCodePoints(nextEnd + 1, third), existing.id, session->coder()));
}

TEST_CASE("a coding survives quitting and reopening")
{
    const QString path = test::demoProject();
    Id codingId = 0;
    Span span;
    {
        MainWindow window;
        REQUIRE(window.openProject(path));
        window.show();
        TranscriptView* view = window.transcript();
        const QString text = view->toPlainText();
        const int start = int(text.indexOf(QLatin1Char(' '), 200)) + 1;
        const int end = int(text.indexOf(QLatin1Char(' '), start + 10));
        select(view, start, end);
        REQUIRE(window.codingActions()->codeInVivo());
        span = view->data().toCodePoints(start, end);
        const auto code = window.session()->store().codeByPath(inVivoName(view->selectedSpanText()));
        REQUIRE(code);
        codingId = window.session()->store().findCoding(view->source(), span, code->id, window.session()->coder())->id;
        window.close();
    }
    MainWindow again;
    REQUIRE(again.openProject(path));
    const auto coding = again.session()->store().coding(codingId);
    REQUIRE(coding);
    CHECK(coding->span == span);
    again.openSource(coding->source);
    CHECK(again.transcript()->data().codingById(codingId) != nullptr);
}

TEST_CASE("uncode and undo it; blind coding shows only the current coder")
{
    const QString path = test::demoProject();
    MainWindow window;
    REQUIRE(window.openProject(path));
    window.show();
    Session* session = window.session();
    ProjectStore& store = session->store();
    TranscriptView* view = window.transcript();
    // Blind by default: only the current coder's codings are painted.
    session->setShowOtherCoders(false);
    for (const ShownCoding& c : view->data().codings())
        CHECK(c.coder == session->coder());
    const qsizetype own = view->data().codings().size();
    session->setShowOtherCoders(true);
    CHECK(view->data().codings().size() >= own);

    select(view, 100, 140);
    REQUIRE(window.codingActions()->applyCode(store.codes().last().id));
    const Id coding = store.codings({{view->source()}, {store.codes().last().id}, {session->coder()}}).last().id;
    window.codingActions()->uncode(coding);
    CHECK_FALSE(store.coding(coding));
    window.action(QStringLiteral("undo"))->trigger();
    CHECK(store.coding(coding));
}
