#include "panelfixture.h"

#include "gui/search/busystrip.h"
#include "gui/search/searchhitsmodel.h"
#include "gui/search/searchpanel.h"
#include "gui/commands/setattribute.h"

#include "importservice.h"
#include "plaintextimporter.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCompleter>
#include <QLineEdit>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("search panel: KWIC hits off the GUI thread, open in context, code all hits (undoable), field completion")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    SearchPanel panel;
    panel.resize(1000, 600);
    panel.setSession(demo.session.get());
    panel.show();

    CHECK(panel.fieldPrefixes().contains(QStringLiteral("role:")));
    CHECK(panel.fieldPrefixes().contains(QStringLiteral("speaker:")));
    CHECK(panel.fieldPrefixes().contains(QStringLiteral("site:")));

    // The first search indexes the demo's 8 transcripts; the strip says so as it goes, then that it searches.
    auto* strip = panel.findChild<BusyStrip*>();
    REQUIRE(strip);
    auto* stripLabel = strip->findChild<QLabel*>();
    QStringList shown;
    QObject::connect(strip->findChild<QProgressBar*>(), &QProgressBar::valueChanged, [&] { shown.append(stripLabel->text()); });
    QSignalSpy done(&panel, &SearchPanel::finished);
    panel.search(QStringLiteral("waiting"));
    CHECK(panel.busy());  // the work runs on the pool; the GUI thread returns at once
    REQUIRE(test::waitFor(done, 1));
    CHECK(shown.size() == 8);
    CHECK(shown.value(0).toStdString() == "Indexing the transcripts for search: 1 of 8…");
    CHECK(shown.value(6).toStdString() == "Indexing the transcripts for search: 7 of 8…");
    CHECK(shown.value(7).toStdString() == "Searching…");
    SearchHitsModel* model = panel.model();
    REQUIRE(model->rowCount() > 0);
    const int total = int(panel.result().total);
    MESSAGE("hits for 'waiting': " << total);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString match = model->index(r, SearchHitsModel::MatchColumn).data().toString();
        CHECK(match.toLower().startsWith(QStringLiteral("wait")));
        // The match is exactly the source's text at the hit's span.
        const Id source = model->index(r, 0).data(SearchHitsModel::SourceIdRole).toLongLong();
        const qint64 start = model->index(r, 0).data(SearchHitsModel::SpanStartRole).toLongLong();
        const qint64 end = model->index(r, 0).data(SearchHitsModel::SpanEndRole).toLongLong();
        const QString text = store.sourceText(source);
        CHECK(TextOffsets::mid(text, start, end) == match);  // spans are code points
    }
    CHECK_FALSE(model->index(0, SearchHitsModel::SourceColumn).data().toString().isEmpty());
    CHECK_FALSE(model->index(0, SearchHitsModel::SpeakerColumn).data().toString().isEmpty());

    // A field filter narrows the hits.
    panel.search(QStringLiteral("waiting role:clinician"));
    REQUIRE(test::waitFor(done, 2));
    CHECK(panel.result().total < total);
    for (const SearchHit& h : panel.result().hits)
        CHECK(h.attributes.value(QStringLiteral("role")) == QStringLiteral("clinician"));

    // A bad query is an error message, not a crash.
    QSignalSpy errors(demo.session.get(), &Session::error);
    panel.search(QStringLiteral("\"unclosed AND ("));
    REQUIRE(test::waitFor(done, 3));

    // Code every hit of "waiting" with a fresh code; undo takes exactly those codings away.
    panel.search(QStringLiteral("waiting"));
    REQUIRE(test::waitFor(done, 4));
    const auto code = store.codeByPath(QStringLiteral("Search/Waiting"), true);
    CodingFilter filter;
    filter.codes = {code->id};
    panel.codeAllHits(code->id, HitUnit::Hit);
    REQUIRE(test::waitFor(done, 5));
    CHECK(int(store.codings(filter).size()) == total);
    for (const Coding& c : store.codings(filter))
        CHECK(c.coder == demo.session->coder());
    demo.session->undoStack()->undo();
    CHECK(store.codings(filter).isEmpty());
    demo.session->undoStack()->redo();
    CHECK(int(store.codings(filter).size()) == total);
    // Coding the same hits again makes nothing new.
    panel.codeAllHits(code->id, HitUnit::Hit);
    REQUIRE(test::waitFor(done, 6));
    CHECK(int(store.codings(filter).size()) == total);

    // Double-click opens the hit in context.
    QSignalSpy open(&panel, &SearchPanel::openHit);
    emit panel.findChild<QTableView*>()->doubleClicked(model->index(0, 1));
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).value<Id>() == model->index(0, 0).data(SearchHitsModel::SourceIdRole).toLongLong());

    // Completion of a field prefix from what is typed.
    QLineEdit* edit = panel.queryEdit();
    edit->setText(QStringLiteral("waiting ro"));
    edit->setCursorPosition(int(edit->text().size()));
    emit edit->textEdited(edit->text());
    QCompleter* completer = panel.findChild<QCompleter*>();
    REQUIRE(completer);
    CHECK(completer->completionPrefix() == QStringLiteral("ro"));
    CHECK(completer->currentCompletion().startsWith(QStringLiteral("role:")));
    emit completer->activated(QStringLiteral("role:clinician"));
    CHECK(edit->text() == QStringLiteral("waiting role:clinician"));
}

TEST_CASE("search panel: an estimated total says \"about\" and the link counts every hit exactly")
{
    test::DemoSession demo;
    // Notes of 2,100 paragraphs, each a turn with "waiting list" once: too many turns to count a phrase unasked.
    {
        ImportOptions o;
        o.language = QStringLiteral("en");
        o.name = QStringLiteral("waiting notes");
        QString text;
        for (int i = 0; i < 2100; ++i)
            text += QStringLiteral("Still on the waiting list.\n\n");
        SourceDraft draft = PlainTextImporter::readText(text, false, o);
        draft.name = o.name;
        draft.language = o.language;
        ImportService(demo.store()).write(draft);
    }
    SearchPanel panel;
    panel.setSession(demo.session.get());
    panel.show();
    auto* limit = panel.findChild<QSpinBox*>();
    REQUIRE(limit);
    limit->setValue(1);  // "show 1": the other turns are not read, so the phrase's total is estimated
    QSignalSpy done(&panel, &SearchPanel::finished);
    panel.search(QStringLiteral("\"waiting list\""));
    REQUIRE(test::waitFor(done, 1));
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("searchSummary"));
    REQUIRE(summary);
    CHECK_FALSE(panel.result().counted);
    CHECK(summary->text().startsWith(QStringLiteral("about ")));
    CHECK(summary->text().contains(QStringLiteral("<a href=\"count\">count exactly</a>")));
    CHECK(panel.model()->rowCount() == 1);

    // The link, as a click on it: the same query, every hit counted. In the sample transcripts "waiting list" occurs
    // 10 times (13 with "waiting lists", which the exact phrase does not match) in 8 turns; the notes add 2,100.
    emit summary->linkActivated(QStringLiteral("count"));
    REQUIRE(test::waitFor(done, 2));
    CHECK(panel.result().counted);
    CHECK(panel.result().total == 2110);
    CHECK(panel.result().turns == 2108);
    CHECK(summary->text() == QStringLiteral("%1 hits in %2 turns (showing 1)").arg(QLocale().toString(2110), QLocale().toString(2108)));
    CHECK(panel.model()->rowCount() == 1);

    // A phrase in fewer turns (some dozens, of which one is shown): counted at once, without the link.
    panel.search(QStringLiteral("\"peer worker\""));
    REQUIRE(test::waitFor(done, 3));
    CHECK(panel.result().counted);
    CHECK(panel.result().turns > 1);
    CHECK(panel.model()->rowCount() == 1);
    CHECK_FALSE(summary->text().contains(QStringLiteral("count exactly")));

    // A word's total is exact without asking; one hit is "1 hit".
    panel.search(QStringLiteral("sticking"));
    REQUIRE(test::waitFor(done, 4));
    CHECK(panel.result().counted);
    CHECK(summary->text() == QStringLiteral("1 hit in 1 turn"));
}

TEST_CASE("search panel: a change to what the index holds is searched at once; nothing changed, the index is trusted")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    SearchPanel panel;
    panel.setSession(demo.session.get());
    QSignalSpy done(&panel, &SearchPanel::finished);
    panel.search(QStringLiteral("role:pharmacist"));
    REQUIRE(test::waitFor(done, 1));
    CHECK(panel.result().total == 0);

    // In Participants and Attributes, P01 becomes a pharmacist (the undo command the dialog pushes): the next search
    // compares the index with the project and finds P01's turns under the new value.
    const auto p01 = store.participantByName(QStringLiteral("P01"));
    REQUIRE(p01);
    REQUIRE(demo.session->push(new SetAttribute(*demo.session, p01->id, QStringLiteral("role"), p01->attributes.value(QStringLiteral("role")),
                                                QStringLiteral("pharmacist"), 0)));
    panel.search(QStringLiteral("role:pharmacist"));
    REQUIRE(test::waitFor(done, 2));
    CHECK(panel.result().total > 0);
    for (const SearchHit& h : panel.result().hits)
        CHECK(h.participantName == QStringLiteral("P01"));
    const qint64 pharmacist = panel.result().total;

    // Undone, the value is gone from the index too.
    demo.session->undoStack()->undo();
    panel.search(QStringLiteral("role:pharmacist"));
    REQUIRE(test::waitFor(done, 3));
    CHECK(panel.result().total == 0);
    // Nothing changed since: the same answer, from the index as it stands.
    panel.search(QStringLiteral("role:pharmacist"));
    REQUIRE(test::waitFor(done, 4));
    CHECK(panel.result().total == 0);
    demo.session->undoStack()->redo();
    panel.search(QStringLiteral("role:pharmacist"));
    REQUIRE(test::waitFor(done, 5));
    CHECK(panel.result().total == pharmacist);
}
