// Disagreement listing and adjudication into a consensus coder layer.
#include "agreement/adjudication.h"
#include "model/error.h"
#include "projectfixture.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::agreement;
using namespace thema::test;

namespace {

ProjectAgreement compare(AgreementProject& p, QList<Id> coders)
{
    AgreementRequest r;
    r.coders = coders;
    return projectAgreement(*p.store, r);
}

std::vector<Span> consensusSpans(AgreementProject& p, Id coder, Id code)
{
    CodingFilter f;
    f.coders = {coder};
    f.codes = {code};
    std::vector<Span> out;
    for (const Coding& c : p.store->codings(f))
        out.push_back(c.span);
    std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    return out;
}

}  // namespace

TEST_CASE("disagreements are the clusters coders did not code identically; settle() applies each decision")
{
    LayerInput in{{QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("X")}, {}};
    SourceLayers s{QStringLiteral("s"), 100, {}, {}};
    s.codings = {{{0, 10}, 0, 0}, {{0, 10}, 0, 1},                    // identical: an agreement
                 {{20, 40}, 0, 0}, {{30, 50}, 0, 1},                  // overlapping: one disagreement
                 {{60, 70}, 0, 0}, {{65, 68}, 0, 0}};                 // A only (own overlap merged)
    in.sources.push_back(s);
    const auto list = findDisagreements(in);
    REQUIRE(list.size() == 2);
    CHECK(list[0].extent == Span{20, 50});
    CHECK(list[1].extent == Span{60, 70});
    CHECK(list[1].spans[0] == std::vector<Span>{{60, 70}});
    CHECK(list[1].spans[1].empty());
    CHECK(findAgreements(in).size() == 1);
    CHECK(settle(list[0], {Resolution::Union}) == std::vector<Span>{{20, 50}});
    CHECK(settle(list[0], {Resolution::Intersection}) == std::vector<Span>{{30, 40}});
    CHECK(settle(list[0], {Resolution::AcceptCoder, 1}) == std::vector<Span>{{30, 50}});
    CHECK(settle(list[0], {Resolution::Edited, -1, {{15, 35}}}) == std::vector<Span>{{20, 35}});  // clipped to the extent
    CHECK(settle(list[1], {Resolution::Intersection}).empty());
    CHECK(decisionFromRule(QStringLiteral("coder:B"), in.coders)->coder == 1);
    CHECK_FALSE(decisionFromRule(QStringLiteral("coder:Z"), in.coders));
    CHECK_FALSE(decisionFromRule(QStringLiteral("majority"), in.coders));
}

TEST_CASE("adjudication writes a consensus coder in one transaction, and replaces its earlier layer")
{
    AgreementProject p;
    const Id src = p.source(QStringLiteral("s"), QString(100, QLatin1Char('x')));
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B")), x = p.code(QStringLiteral("X"));
    p.coding(src, 0, 10, x, a);
    p.coding(src, 0, 10, x, b);
    p.coding(src, 20, 40, x, a);
    p.coding(src, 30, 50, x, b);
    const ProjectAgreement compared = compare(p, {a, b});

    AdjudicationResult r = adjudicate(*p.store, compared, QStringLiteral("Consensus"), {Resolution::Intersection},
                                      {{0, Decision{Resolution::Edited, -1, {{25, 45}}}}});
    CHECK(r.agreementsCopied == 1);
    CHECK(r.disagreementsSettled == 1);
    const auto coder = p.store->coder(r.consensusCoder);
    REQUIRE(coder);
    CHECK(coder->consensus);
    CHECK(consensusSpans(p, r.consensusCoder, x) == std::vector<Span>{{0, 10}, {25, 45}});

    r = adjudicate(*p.store, compared, QStringLiteral("Consensus"), {Resolution::Union});
    CHECK(consensusSpans(p, r.consensusCoder, x) == std::vector<Span>{{0, 10}, {20, 50}});

    // Refusals change nothing.
    const qsizetype before = p.store->codings().size();
    CHECK_THROWS_AS(adjudicate(*p.store, compared, QStringLiteral("A"), {Resolution::Union}), Error);
    CHECK_THROWS_AS(adjudicate(*p.store, compared, QStringLiteral("  "), {Resolution::Union}), Error);
    CHECK(p.store->codings().size() == before);
}
