#include "searchfixture.h"

#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QSet>

using namespace thema;
using namespace thema::test;

namespace {

/** Case-insensitive whole-word occurrences of @p words (separated by anything but letters) in every turn. */
QList<std::pair<Id, Span>> bruteForce(const ProjectStore& store, const QStringList& words)
{
    QStringList parts;
    for (const QString& w : words)
        parts.append(QRegularExpression::escape(w));
    const QRegularExpression re(QStringLiteral(R"((?<![\w'’])%1(?![\w]|['’]\w))").arg(parts.join(QStringLiteral(R"([^\w'’]+)"))),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<Id, Span>> found;
    for (const Source& s : store.sources()) {
        const QString text = store.sourceText(s.id);
        const TextOffsets offsets(text);
        for (const Turn& t : store.turns(s.id)) {
            const qint64 from = offsets.toUtf16(t.span.start), to = offsets.toUtf16(t.span.end);
            for (auto it = re.globalMatch(text.left(to), from); it.hasNext();) {
                const auto m = it.next();
                found.append({s.id, {offsets.toCodePoint(m.capturedStart()), offsets.toCodePoint(m.capturedEnd())}});
            }
        }
    }
    return found;
}

void checkSpans(const ProjectStore& store, const SearchResult& r)
{
    QHash<Id, QString> texts;
    for (const SearchHit& h : r.hits) {
        if (!texts.contains(h.source))
            texts.insert(h.source, store.sourceText(h.source));
        REQUIRE(TextOffsets::mid(texts[h.source], h.span.start, h.span.end) == h.kwic.match);
        CHECK(h.turnSpan.start <= h.span.start);
        CHECK(h.span.end <= h.turnSpan.end);
    }
}

}  // namespace

TEST_CASE("a phrase finds exactly its whole-word occurrences, case-insensitively" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    for (const QStringList& phrase : {QStringList{QStringLiteral("open"), QStringLiteral("source")},
                                      QStringList{QStringLiteral("the"), QStringLiteral("go")}, QStringList{QStringLiteral("i"), QStringLiteral("think")},
                                      QStringList{QStringLiteral("you"), QStringLiteral("know")}}) {
        CAPTURE(phrase.join(QLatin1Char(' ')));
        const auto expected = bruteForce(*p.store, phrase);
        REQUIRE(expected.size() > 2);
        const SearchResult r = p.search(QLatin1Char('"') + phrase.join(QLatin1Char(' ')).toUpper() + QLatin1Char('"'), SearchProject::all());
        CHECK(r.total == expected.size());
        QList<std::pair<Id, Span>> got;
        for (const SearchHit& h : r.hits)
            got.append({h.source, h.span});
        std::sort(got.begin(), got.end(), [](auto& a, auto& b) { return std::tie(a.first, a.second.start) < std::tie(b.first, b.second.start); });
        auto want = expected;
        std::sort(want.begin(), want.end(), [](auto& a, auto& b) { return std::tie(a.first, a.second.start) < std::tie(b.first, b.second.start); });
        CHECK(got == want);
        checkSpans(*p.store, r);
    }
}

TEST_CASE("a word finds its stemmed forms; wildcards and booleans work" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    const SearchResult r = p.search(QStringLiteral("listen"), SearchProject::all());
    QSet<QString> forms;
    for (const SearchHit& h : r.hits)
        forms.insert(h.kwic.match.toLower());
    CHECK(forms.contains(QStringLiteral("listening")));
    CHECK(forms.contains(QStringLiteral("listened")));
    CHECK(forms.contains(QStringLiteral("listen")));
    for (const QString& f : forms)
        CHECK(f.startsWith(QStringLiteral("listen")));
    checkSpans(*p.store, r);

    const SearchResult wild = p.search(QStringLiteral("listen*"), SearchProject::all());
    CHECK(wild.total >= r.total);
    for (const SearchHit& h : wild.hits)
        CHECK(h.kwic.match.toLower().startsWith(QStringLiteral("listen")));

    // AND NOT: no hit in a turn that mentions the excluded word.
    const SearchResult notGo = p.search(QStringLiteral("listen NOT go"), SearchProject::all());
    CHECK(notGo.total > 0);
    CHECK(notGo.total < r.total);

    // OR is the union of hits; NEAR keeps words near each other.
    const qint64 a = p.search(QStringLiteral("\"open source\""), SearchProject::all()).total;
    const qint64 b = p.search(QStringLiteral("\"standard library\""), SearchProject::all()).total;
    CHECK(p.search(QStringLiteral("\"open source\" OR \"standard library\""), SearchProject::all()).total == a + b);
    const SearchResult near = p.search(QStringLiteral("go NEAR/2 team"), SearchProject::all());
    CHECK(near.total > 0);
    for (const SearchHit& h : near.hits)
        CHECK((h.kwic.match.compare(QLatin1String("go"), Qt::CaseInsensitive) == 0
               || h.kwic.match.compare(QLatin1String("team"), Qt::CaseInsensitive) == 0));
}

TEST_CASE("field prefixes filter by speaker, participant, source and attribute" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    int pikeTurns = 0;
    for (const Turn& t : p.store->allTurns())
        pikeTurns += t.speaker == QLatin1String("Rob Pike");
    REQUIRE(pikeTurns > 5);

    const SearchResult turns = p.search(QStringLiteral("speaker:\"rob pike\""), SearchProject::all());
    CHECK(turns.turns == pikeTurns);
    CHECK(turns.hits.size() == pikeTurns);  // no words asked for: each turn is one hit
    checkSpans(*p.store, turns);

    const SearchResult words = p.search(QStringLiteral("speaker:\"Rob Pike\" language"), SearchProject::all());
    REQUIRE(words.total > 0);
    for (const SearchHit& h : words.hits) {
        CHECK(h.speaker == QLatin1String("Rob Pike"));
        CHECK(h.participantName == QLatin1String("Rob Pike"));
    }
    CHECK(p.search(QStringLiteral("participant:\"Rob Pike\" language"), SearchProject::all()).total == words.total);

    const Id backstage = p.store->sourceByName(QStringLiteral("backstage__backstage-24"))->id;
    for (const SearchHit& h : p.search(QStringLiteral("source:backstage__backstage-24 listen"), SearchProject::all()).hits)
        CHECK(h.source == backstage);

    // An attribute set after indexing makes the index stale; updating makes role: searchable.
    const Id pike = p.store->participantByName(QStringLiteral("Rob Pike"))->id;
    p.store->setAttribute(pike, QStringLiteral("Role"), QStringLiteral("Designer"));
    CHECK_FALSE(p.index->status(*p.store).current);
    CHECK(p.index->status(*p.store).staleSources == 1);
    p.index->update(*p.store);
    CHECK(p.index->status(*p.store).current);
    const SearchResult role = p.search(QStringLiteral("role:designer language"), SearchProject::all());
    CHECK(role.total == words.total);
    for (const SearchHit& h : role.hits)
        CHECK(h.attributes.value(QStringLiteral("Role")) == QLatin1String("Designer"));
}

TEST_CASE("ranked and document order, limits and context" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    SearchOptions o;
    o.limit = 5;
    o.context = 3;
    const SearchResult ranked = p.search(QStringLiteral("language"), o);
    CHECK(ranked.hits.size() == 5);
    CHECK(ranked.total > 5);
    for (int i = 1; i < ranked.hits.size(); ++i)
        CHECK(ranked.hits[i - 1].weight >= ranked.hits[i].weight);
    for (const SearchHit& h : ranked.hits)
        CHECK(h.kwic.left.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 4);  // 3 words, maybe punctuation apart

    o.order = SearchOrder::Document;
    o.limit = 0;
    const SearchResult doc = p.search(QStringLiteral("language"), o);
    CHECK(doc.total == ranked.total);
    for (int i = 1; i < doc.hits.size(); ++i) {
        const auto& a = doc.hits[i - 1];
        const auto& b = doc.hits[i];
        CHECK((a.sourceName < b.sourceName || (a.source == b.source && a.span.start < b.span.start)));
    }
}

TEST_CASE("a total counted from the index's frequencies equals the hits found one by one" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    SearchOptions counted;
    counted.limit = 3;  // a few hits shown: the rest is counted without reading positions
    for (const QString& q : {QStringLiteral("listen*"), QStringLiteral("lang* OR team"), QStringLiteral("lan* AND go"),
                             QStringLiteral("go* NOT team"), QStringLiteral("open AND source"), QStringLiteral("the OR a*"),
                             QStringLiteral("zebra* OR language")}) {
        CAPTURE(q);
        const SearchResult every = p.search(q, SearchProject::all());
        const SearchResult fast = p.search(q, counted);
        CHECK(fast.counted);
        CHECK(fast.hits.size() == std::min<qsizetype>(3, every.hits.size()));
        CHECK(fast.total == every.hits.size());
        QSet<std::pair<Id, Id>> turns;
        for (const SearchHit& h : every.hits)
            turns.insert({h.source, h.turn});
        CHECK(fast.turns == turns.size());
    }
}
