#include "searchfixture.h"

#include "core/search/hitcoder.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::test;

TEST_CASE("coding the hits makes one coding per hit, once" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    const Id code = p.store->codeByPath(QStringLiteral("Community/Open source"), true)->id;
    const Id coder = p.store->ensureCoder(QStringLiteral("ana"));
    const SearchResult r = p.search(QStringLiteral("\"open source\""), SearchProject::all());
    REQUIRE(r.hits.size() > 2);

    ApplyResult a = applyHits(*p.store, r.hits, code, coder, HitUnit::Hit);
    CHECK(a.codings == r.hits.size());
    CHECK(a.existing == 0);
    const QList<Coding> codings = p.store->codings({{}, {code}, {coder}});
    CHECK(codings.size() == r.hits.size());
    for (const Coding& c : codings)
        CHECK(TextOffsets::mid(p.store->sourceText(c.source), c.span.start, c.span.end).toLower().simplified()
              == QLatin1String("open source"));

    a = applyHits(*p.store, p.search(QStringLiteral("\"open source\""), SearchProject::all()).hits, code, coder, HitUnit::Hit);
    CHECK(a.codings == 0);
    CHECK(a.existing == r.hits.size());
    CHECK(p.store->codings({{}, {code}, {coder}}).size() == r.hits.size());

    // Hits inside and outside those codings.
    CodingScope inside{{code}, coder, true};
    SearchOptions o = SearchProject::all();
    o.coding = inside;
    const qint64 all = p.search(QStringLiteral("source"), SearchProject::all()).total;
    const qint64 in = p.search(QStringLiteral("source"), o).total;
    CHECK(in == r.hits.size());
    o.coding->inside = false;
    CHECK(p.search(QStringLiteral("source"), o).total == all - in);
}

TEST_CASE("coding by sentence and by turn" * THEMA_NEEDS_SHARED)
{
    SearchProject p(searchCorpus());
    p.index->update(*p.store);
    const Id code = p.store->codeByPath(QStringLiteral("Listening"), true)->id;
    const Id coder = p.store->ensureCoder(QStringLiteral("ana"));
    const SearchResult r = p.search(QStringLiteral("listened"), SearchProject::all());
    REQUIRE(!r.hits.isEmpty());

    const ApplyResult s = applyHits(*p.store, r.hits, code, coder, HitUnit::Sentence);
    CHECK(s.codings > 0);
    CHECK(s.codings + s.existing == r.hits.size());
    for (const Coding& c : p.store->codings({{}, {code}, {coder}})) {
        const QString text = TextOffsets::mid(p.store->sourceText(c.source), c.span.start, c.span.end);
        CHECK(text.contains(QLatin1String("listen"), Qt::CaseInsensitive));
        CHECK_FALSE(text.at(0).isSpace());
        CHECK_FALSE(text.back().isSpace());
        CHECK(text.size() < 1500);
    }

    const Id turnCode = p.store->codeByPath(QStringLiteral("Listening turns"), true)->id;
    const ApplyResult t = applyHits(*p.store, r.hits, turnCode, coder, HitUnit::Turn);
    CHECK(t.codings == r.turns);
    CHECK(applyHits(*p.store, r.hits, turnCode, coder, HitUnit::Turn).codings == 0);
}
