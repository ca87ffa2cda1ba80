// The analysis behind the tables, on the demo study (samples/): groups, counts, quotes, extracts, matrices.
#include "support.h"

#include "analysis/analysisdata.h"
#include "analysis/codebookreport.h"
#include "analysis/extractlist.h"
#include "analysis/extracttext.h"
#include "analysis/matrix.h"
#include "analysis/themetable.h"
#include "store/resolve.h"
#include "tables/reportdocuments.h"

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("extracts: the coded span only, white space made one, cut at a word boundary with an ellipsis")
{
    CHECK(normalisedExtract(QStringLiteral("  one\n\ntwo\tthree  ")) == QStringLiteral("one two three"));
    CHECK(normalisedExtract(QStringLiteral("the wait was long, very long"), 20) == QStringLiteral("the wait was long…"));
    CHECK(normalisedExtract(QStringLiteral("short"), 20) == QStringLiteral("short"));
    CHECK(normalisedExtract(QStringLiteral("abcdefghij"), 4) == QStringLiteral("abcd…"));  // no space: a hard cut
    // A surrogate pair counts as one character and is never split.
    CHECK(normalisedExtract(QStringLiteral("\U0001F642\U0001F642\U0001F642"), 2) == QStringLiteral("\U0001F642\U0001F642…"));
    CHECK(participantNumber(QStringLiteral("P01")) == QStringLiteral("1"));
    CHECK(participantNumber(QStringLiteral("Participant 11")) == QStringLiteral("11"));
    CHECK(participantNumber(QStringLiteral("Zoë")) == QStringLiteral("Zoë"));
}

TEST_CASE("theme table on the demo: groups by role, 'n of N' within each group, quotes attributed")
{
    ProjectStore& store = exports_test::demo();
    AnalysisOptions options;
    const AnalysisData data(store, options);
    const ThemeTable t = buildThemeTable(data);
    CHECK(t.groupAttribute == QStringLiteral("role"));
    CHECK(t.groups == QStringList{QStringLiteral("clinician"), QStringLiteral("service user")});
    CHECK(t.groupSizes == QList<int>{4, 4});
    CHECK(t.rows.size() == store.themes().size());
    int subthemes = 0;
    for (const ThemeTableRow& row : t.rows) {
        CAPTURE(row.theme.path);
        subthemes += row.level == 1;
        CHECK(row.participants.size() == 2);
        CHECK(row.participants[0] <= 4);
        CHECK(row.participants[1] <= 4);
        CHECK(row.total == row.participants[0] + row.participants[1]);
        CHECK(row.quotes.size() == 2);
        for (const ThemeQuote& q : row.quotes) {
            const auto c = store.coding(q.coding);
            REQUIRE(c);
            // The quote is exactly the coded span, normalised; the attribution names its speaker and group.
            CHECK(q.text == normalisedExtract(data.rawText(c->source, c->span)));
            const Participant who = *store.participant(q.participant);
            CHECK(q.attribution == QStringLiteral("(Participant %1, %2)").arg(participantNumber(who.name), who.attributes.value(QStringLiteral("role"))));
            CHECK(QSet<Id>(row.theme.codes.begin(), row.theme.codes.end()).contains(c->code));
        }
    }
    CHECK(subthemes > 0);
    // A theme counts its subthemes' participants too, so a parent never has fewer than any child.
    for (const ThemeTableRow& child : t.rows)
        for (const ThemeTableRow& parent : t.rows)
            if (child.theme.parent == parent.theme.id)
                CHECK(parent.total >= child.total);
}

TEST_CASE("a participant counts for a theme only through codings of its codes")
{
    ProjectStore& store = exports_test::demo();
    AnalysisOptions options;
    options.coders = {resolve::coder(store, QStringLiteral("Sam")).id};  // Sam coded P01, P02 (clinicians) and P05 (a service user)
    const AnalysisData data(store, options);
    const ThemeTable t = buildThemeTable(data);
    for (const ThemeTableRow& row : t.rows) {
        CAPTURE(row.theme.path);
        CHECK(row.participants[0] <= 2);
        CHECK(row.participants[1] <= 1);
    }
    // The denominators do not shrink with the coder filter: they are everyone who appears in the project.
    CHECK(t.groupSizes == QList<int>{4, 4});
}

TEST_CASE("starred exemplars come first; label patterns take any attribute; --quotes and the theme filter apply")
{
    ProjectStore& store = exports_test::demo();
    const Theme theme = resolve::theme(store, QStringLiteral("Holding the line"));
    // Star the shortest coding of the theme: it would never be picked on length.
    QList<Coding> codings = store.codings({{}, theme.codes, {}, false});
    REQUIRE(!codings.isEmpty());
    std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) { return a.span.length() < b.span.length(); });
    store.setExemplar(theme.id, codings.front().id, true);

    AnalysisOptions options;
    options.themes = {theme.id};
    options.quotes = 3;
    options.label = QStringLiteral("[{name}; {site}; {age_band}; {nothing}]");
    options.groupAttribute = QStringLiteral("site");
    const ThemeTable t = buildThemeTable(AnalysisData(store, options));
    store.setExemplar(theme.id, codings.front().id, false);

    const QList<Theme> themes = store.themes();
    REQUIRE(t.rows.size() == 1 + std::count_if(themes.begin(), themes.end(), [&](const Theme& x) { return x.parent == theme.id; }));
    CHECK(t.rows.front().theme.id == theme.id);
    CHECK(t.groups == QStringList{QStringLiteral("North"), QStringLiteral("South")});
    const QList<ThemeQuote>& quotes = t.rows.front().quotes;
    REQUIRE(quotes.size() == 3);
    CHECK(quotes.front().coding == codings.front().id);
    CHECK(quotes.front().exemplar);
    CHECK_FALSE(quotes[1].exemplar);
    const Participant who = *store.participant(quotes.front().participant);
    CHECK(quotes.front().attribution == QStringLiteral("[%1; %2; %3]").arg(who.name, who.attributes.value(QStringLiteral("site")),
                                                                          who.attributes.value(QStringLiteral("age_band"))));
}

TEST_CASE("extracts list every coding once per code, with source, participant, coder and position")
{
    ProjectStore& store = exports_test::demo();
    const AnalysisData data(store, AnalysisOptions{});
    const QList<ExtractRow> rows = buildExtracts(data);
    CHECK(rows.size() == store.codings().size());
    int memos = 0;
    for (const ExtractRow& r : rows) {
        CHECK_FALSE(r.text.isEmpty());
        CHECK_FALSE(r.coder.isEmpty());
        CHECK(r.participant == r.source);  // the demo's P01.txt is P01's interview, imported as source "P01"
        CHECK(r.turn > 0);
        memos += !r.memo.isEmpty();
    }
    CHECK(memos > 0);

    AnalysisOptions byCode;
    byCode.codes = {resolve::code(store, QStringLiteral("Access")).id};
    const QList<ExtractRow> access = buildExtracts(AnalysisData(store, byCode));
    CHECK_FALSE(access.isEmpty());
    for (const ExtractRow& r : access)
        CHECK(r.heading.startsWith(QStringLiteral("Access/")));
}

TEST_CASE("codebook counts roll up; matrix cells add up to the totals")
{
    ProjectStore& store = exports_test::demo();
    const AnalysisData data(store, AnalysisOptions{});
    const QList<CodebookRow> codebook = buildCodebook(data);
    CHECK(codebook.size() == store.codes().size());
    qint64 leaves = 0, categories = 0;
    for (const CodebookRow& r : codebook)
        (r.level == 0 ? categories : leaves) += r.codings;
    CHECK(leaves == store.codings().size());
    CHECK(categories == leaves);  // the demo never codes with a category itself

    for (MatrixCount count : {MatrixCount::Participants, MatrixCount::Extracts, MatrixCount::Words})
        for (MatrixRows rowsOf : {MatrixRows::Codes, MatrixRows::Themes}) {
            AnalysisOptions o;
            o.count = count;
            o.rows = rowsOf;
            const Matrix m = buildMatrix(AnalysisData(store, o));
            CHECK(m.columns.size() == 2);
            for (const MatrixRow& r : m.rows) {
                CAPTURE(r.path);
                CHECK(r.cells[0] + r.cells[1] == r.total);
                if (count == MatrixCount::Participants)
                    CHECK(r.total <= 8);
            }
        }
    AnalysisOptions extracts;
    extracts.count = MatrixCount::Extracts;
    qint64 total = 0;
    for (const MatrixRow& r : buildMatrix(AnalysisData(store, extracts)).rows)
        total += r.level == 0 ? r.total : 0;
    CHECK(total == store.codings().size());
}

TEST_CASE("{n} falls back to the name when numbers would not tell participants apart; RTL groups and text pass through")
{
    auto store = ProjectStore::create(exports_test::tempFile(QStringLiteral("labels.thema")));
    Code code;
    code.name = QStringLiteral("\u05D4\u05D1\u05E0\u05D4");  // Hebrew code name
    store->addCode(code);
    const Id coder = store->ensureCoder(QStringLiteral("Alex"));
    const QString text = QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD and more");
    Theme theme;
    theme.name = QStringLiteral("T");
    store->addTheme(theme);
    store->linkCode(theme.id, code.id);
    for (const char* name : {"H01", "A01"}) {
        Participant p;
        p.name = QLatin1String(name);
        p.attributes.insert(QStringLiteral("role"), QStringLiteral("\u05DE\u05D8\u05D5\u05E4\u05DC"));
        store->addParticipant(p);
        Source s;
        s.name = QLatin1String(name);
        s.format = QStringLiteral("txt");
        s.participant = p.id;
        store->addSource(s, text);
        Coding c;
        c.source = s.id;
        c.span = {0, 10};
        c.code = code.id;
        c.coder = coder;
        store->addCoding(c);
    }
    const ThemeTable t = buildThemeTable(AnalysisData(*store, AnalysisOptions{}));
    CHECK(t.groups == QStringList{QStringLiteral("\u05DE\u05D8\u05D5\u05E4\u05DC")});
    CHECK(t.groupSizes == QList<int>{2});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.front().participants == QList<int>{2});
    REQUIRE(t.rows.front().quotes.size() == 2);
    QStringList labels;
    for (const ThemeQuote& q : t.rows.front().quotes) {
        CHECK(q.text == QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD"));
        labels.append(q.attribution);
    }
    labels.sort();
    CHECK(labels == QStringList{QStringLiteral("(Participant A01, \u05DE\u05D8\u05D5\u05E4\u05DC)"),
                                QStringLiteral("(Participant H01, \u05DE\u05D8\u05D5\u05E4\u05DC)")});
}

TEST_CASE("theme table document: a sub-subtheme names its subtheme in the Subtheme column")
{
    auto store = ProjectStore::create(exports_test::tempFile(QStringLiteral("nested.thema")));
    Id parent = 0;
    for (const char* name : {"Trust", "Inner", "Deep"}) {
        Theme theme;
        theme.name = QLatin1String(name);
        theme.parent = parent;
        store->addTheme(theme);
        parent = theme.id;
    }
    const TableDocument doc = reports::themeTable(AnalysisData(*store, AnalysisOptions{}));
    REQUIRE(doc.rows.size() == 3);
    CHECK(doc.rows[0].cells[0].join(QString()) == QStringLiteral("Trust"));
    CHECK(doc.rows[1].cells[1].join(QString()) == QStringLiteral("Inner"));
    CHECK(doc.rows[2].cells[0].join(QString()) == QString());
    CHECK(doc.rows[2].cells[1].join(QString()) == QStringLiteral("Inner › Deep"));
}
