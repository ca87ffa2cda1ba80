// What can be read can be typed: the index and the query share one tokeniser. Expected hits written by hand.
#include "importservice.h"
#include "plaintextimporter.h"
#include "core/search/searchindex.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QDir>

using namespace thema;

namespace {

const QString kText = QStringLiteral(
    "We wrote it in C++ and C, then tried C# for the AT&T project.\n\n"
    "Write to ana@att.com or by e-mail; email is fine, e\u2011mail too.\n\n"
    "The U.S. office of M\u00fcller & S\u00f6hne runs the Caf\u00e9 du Nord.\n\n"
    "Growth was 3.14 percent, not 3 or 14; the cafe opened in 2015.\n\n"
    "MULLER said the well-being of staff comes first.\n");

struct Project {
    QString path = QDir(test::tempDir()).filePath(QStringLiteral("tokens.thema"));
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path);
    SearchIndex index{path};

    Project()
    {
        ImportOptions o;
        o.language = QStringLiteral("en");
        o.name = QStringLiteral("notes");
        SourceDraft notes = PlainTextImporter::readText(kText, false, o);
        notes.name = o.name;
        notes.language = o.language;
        ImportService(*store).write(notes);
        o.language = QStringLiteral("de");
        o.name = QStringLiteral("haus");
        SourceDraft haus = PlainTextImporter::readText(QStringLiteral("Die H\u00e4user und das Haus.\n"), false, o);
        haus.name = o.name;
        haus.language = o.language;
        ImportService(*store).write(haus);
        index.update(*store);
    }

    /** The matched texts of every hit, in document order. */
    QStringList find(const QString& query, bool exact = false, const QString& language = {})
    {
        SearchOptions o;
        o.limit = 0;
        o.order = SearchOrder::Document;
        o.exact = exact;
        o.language = language;
        const SearchResult r = index.search(*store, query, o);
        QStringList matches;
        for (const SearchHit& h : r.hits)
            matches.append(h.kwic.match);
        CHECK(r.total == matches.size());
        CHECK(r.counted);
        return matches;
    }
};

}  // namespace

TEST_CASE("programming languages, company names, addresses and acronyms are found as written")
{
    Project p;
    CHECK(p.find(QStringLiteral("C++")) == QStringList{QStringLiteral("C++")});
    CHECK(p.find(QStringLiteral("c++")) == QStringList{QStringLiteral("C++")});
    CHECK(p.find(QStringLiteral("C#")) == QStringList{QStringLiteral("C#")});
    CHECK(p.find(QStringLiteral("C")) == QStringList{QStringLiteral("C")});
    CHECK(p.find(QStringLiteral("AT&T")) == QStringList{QStringLiteral("AT&T")});
    CHECK(p.find(QStringLiteral("ana@att.com")) == QStringList{QStringLiteral("ana@att.com")});
    CHECK(p.find(QStringLiteral("U.S.")) == QStringList{QStringLiteral("U.S.")});
    CHECK(p.find(QStringLiteral("u.s")) == QStringList{QStringLiteral("U.S.")});
    CHECK(p.find(QStringLiteral("\"the U.S. office\"")) == QStringList{QStringLiteral("The U.S. office")});
}

TEST_CASE("hyphenated words are found with and without the hyphen, and by their parts")
{
    Project p;
    const QStringList mails{QStringLiteral("e-mail"), QStringLiteral("email"), QStringLiteral("e\u2011mail")};
    CHECK(p.find(QStringLiteral("email")) == mails);
    CHECK(p.find(QStringLiteral("e-mail")) == mails);
    CHECK(p.find(QStringLiteral("mail")) == QStringList{QStringLiteral("mail"), QStringLiteral("mail")});
    CHECK(p.find(QStringLiteral("\"e-mail\"")) == QStringList{QStringLiteral("e-mail"), QStringLiteral("e\u2011mail")});
    CHECK(p.find(QStringLiteral("\"by e mail\"")) == QStringList{QStringLiteral("by e-mail")});
    CHECK(p.find(QStringLiteral("well-being")) == QStringList{QStringLiteral("well-being")});
    CHECK(p.find(QStringLiteral("wellbeing")) == QStringList{QStringLiteral("well-being")});
    CHECK(p.find(QStringLiteral("being")) == QStringList{QStringLiteral("being")});
    CHECK(p.find(QStringLiteral("\"the well being\"")) == QStringList{QStringLiteral("the well-being")});
    CHECK(p.find(QStringLiteral("email OR mail")) == mails);
}

TEST_CASE("decimals stay whole")
{
    Project p;
    CHECK(p.find(QStringLiteral("3.14")) == QStringList{QStringLiteral("3.14")});
    CHECK(p.find(QStringLiteral("3")) == QStringList{QStringLiteral("3")});
    CHECK(p.find(QStringLiteral("14")) == QStringList{QStringLiteral("14")});
}

TEST_CASE("accents and case are ignored by default; exact matching keeps them")
{
    Project p;
    CHECK(p.find(QStringLiteral("cafe")) == QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("cafe")});
    CHECK(p.find(QStringLiteral("CAF\u00c9")) == QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("cafe")});
    CHECK(p.find(QStringLiteral("muller")) == QStringList{QStringLiteral("M\u00fcller"), QStringLiteral("MULLER")});
    CHECK(p.find(QStringLiteral("M\u00fcller")) == QStringList{QStringLiteral("M\u00fcller"), QStringLiteral("MULLER")});
    CHECK(p.find(QStringLiteral("Caf\u00e9"), true) == QStringList{QStringLiteral("Caf\u00e9")});
    CHECK(p.find(QStringLiteral("cafe"), true) == QStringList{QStringLiteral("cafe")});
    CHECK(p.find(QStringLiteral("M\u00fcller"), true) == QStringList{QStringLiteral("M\u00fcller")});
    CHECK(p.find(QStringLiteral("muller"), true).isEmpty());
    CHECK(p.find(QStringLiteral("\"the cafe\""), true) == QStringList{QStringLiteral("the cafe")});
}

TEST_CASE("words are stemmed by the source's language, not when exact")
{
    Project p;
    CHECK(p.find(QStringLiteral("try")) == QStringList{QStringLiteral("tried")});
    CHECK(p.find(QStringLiteral("try"), true).isEmpty());
    CHECK(p.find(QStringLiteral("haus"), false, QStringLiteral("de")) == QStringList{QStringLiteral("H\u00e4user"), QStringLiteral("Haus")});
}

TEST_CASE("totals are exact at once where that is cheap")
{
    Project p;
    SearchOptions o;
    o.limit = 1;
    o.countAll = false;
    // NEAR is counted by reading positions, at once when its words are in few turns (here 2).
    const SearchResult near = p.index.search(*p.store, QStringLiteral("the NEAR cafe"), o);
    CHECK(near.hits.size() == 1);
    CHECK(near.counted);
    CHECK(near.total == 5);  // The, the, Café (of "The U.S. office ... runs the Café"); the, cafe
    CHECK(near.turns == 2);
    // A wildcard is counted from the frequencies of the words it stands for, asked or not.
    o.countAll = false;
    const SearchResult wild = p.index.search(*p.store, QStringLiteral("th*"), o);
    CHECK(wild.counted);
    CHECK(wild.total == 6);  // then, the AT&T; The U.S., the Café; the cafe; the well-being
    CHECK(wild.turns == 4);
    const SearchResult filtered = p.index.search(*p.store, QStringLiteral("th* NOT growth"), o);
    CHECK(filtered.counted);
    CHECK(filtered.total == 5);  // the cafe's turn left out
    CHECK(filtered.turns == 3);
    // Words are counted exactly from the index's frequencies, asked or not.
    o.countAll = false;
    const SearchResult exact = p.index.search(*p.store, QStringLiteral("the"), o);
    CHECK(exact.counted);
    CHECK(exact.total == 5);  // the AT&T; The U.S., the Café; the cafe; the well-being
    CHECK(exact.turns == 4);
    o.countAll = true;  // a joined word and its part: counted by positions, so only when asked
    const SearchResult shared = p.index.search(*p.store, QStringLiteral("email OR mail OR fine"), o);
    CHECK(shared.counted);
    CHECK(shared.total == 4);  // e-mail, email, fine, e‑mail: "mail" shares the positions of the e-mails
    CHECK(shared.turns == 1);
}

TEST_CASE("a phrase is counted exactly, also where its words occur more than once in a turn")
{
    const QString path = QDir(test::tempDir()).filePath(QStringLiteral("phrases.thema"));
    auto store = ProjectStore::create(path);
    auto add = [&](const QString& name, const QString& text) {
        ImportOptions o;
        o.language = QStringLiteral("en");
        o.name = name;
        SourceDraft draft = PlainTextImporter::readText(text, false, o);
        draft.name = name;
        draft.language = o.language;
        ImportService(*store).write(draft);
    };
    add(QStringLiteral("notes"), QStringLiteral("The cafe and the cafe again.\n\n"  // twice
                                                "The old cafe, then the cafe.\n\n"  // once, both words twice
                                                "A cafe at the end.\n\n"            // both words, no phrase
                                                "The cafe.\n"));                    // once, each word once
    add(QStringLiteral("other"), QStringLiteral("We met at the cafe.\n"));
    SearchIndex index(path);
    index.update(*store);
    SearchOptions o;
    o.limit = 1;  // one hit shown: the totals come from counting, not from the hits
    o.countAll = true;
    auto count = [&](const QString& query) {
        const SearchResult r = index.search(*store, query, o);
        CHECK(r.counted);
        return std::pair<qint64, qint64>(r.total, r.turns);
    };
    CHECK(count(QStringLiteral("\"the cafe\"")) == std::pair<qint64, qint64>(5, 4));
    CHECK(count(QStringLiteral("source:notes \"the cafe\"")) == std::pair<qint64, qint64>(4, 3));
    CHECK(count(QStringLiteral("\"the cafe\" NOT again")) == std::pair<qint64, qint64>(3, 3));
    CHECK(count(QStringLiteral("\"cafe and the\"")) == std::pair<qint64, qint64>(1, 1));
    o.countAll = false;  // few turns: counted unasked all the same
    CHECK(count(QStringLiteral("\"the cafe\"")) == std::pair<qint64, qint64>(5, 4));
}

TEST_CASE("a phrase in more turns than are cheap to read is an estimate, labelled as one, until asked")
{
    const QString path = QDir(test::tempDir()).filePath(QStringLiteral("many.thema"));
    auto store = ProjectStore::create(path);
    ImportOptions io;
    io.language = QStringLiteral("en");
    io.name = QStringLiteral("diary");
    // 2,100 paragraphs (each a turn) holding both words. The 300 with i % 7 == 0 hold the phrase twice; the 180 others
    // with i % 10 == 3 hold the words apart; the rest hold it once: 600 + 1,620 = 2,220 hits in 1,920 turns, in the
    // first half of the turns and in the second (counted on two threads when asked).
    QString text;
    for (int i = 0; i < 2100; ++i)
        if (i % 7 == 0)
            text += QStringLiteral("Met at the cafe, then back to the cafe again.\n\n");
        else if (i % 10 == 3)
            text += QStringLiteral("Cafe closed, so the park instead.\n\n");
        else
            text += QStringLiteral("Met at the cafe again.\n\n");
    SourceDraft draft = PlainTextImporter::readText(text, false, io);
    draft.name = io.name;
    draft.language = io.language;
    ImportService(*store).write(draft);
    SearchIndex index(path);
    index.update(*store);
    SearchOptions o;
    o.limit = 1;
    o.countAll = false;  // as the GUI and thema-cli search without --count ask
    const SearchResult estimate = index.search(*store, QStringLiteral("\"the cafe\""), o);
    CHECK(estimate.hits.size() == 1);
    CHECK_FALSE(estimate.counted);
    // Estimated from a tenth of the turns, to two significant figures, within a tenth of the truth.
    CHECK(estimate.total % 10 == 0);
    CHECK(estimate.turns % 10 == 0);
    CHECK(estimate.total >= 2000);
    CHECK(estimate.total <= 2440);
    CHECK(estimate.turns >= 1730);
    CHECK(estimate.turns <= 2110);
    o.countAll = true;
    const SearchResult exact = index.search(*store, QStringLiteral("\"the cafe\""), o);
    CHECK(exact.counted);
    CHECK(exact.total == 2220);
    CHECK(exact.turns == 1920);
}
