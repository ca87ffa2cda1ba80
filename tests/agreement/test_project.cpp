// Agreement on coded projects: published examples reproduced through the store, and the documented edge cases.
#include "agreement/projectagreement.h"
#include "agreement/report.h"
#include "model/error.h"
#include "projectfixture.h"
#include "shared.h"
#include "vectorjson.h"

#include <doctest/doctest.h>

#include <QJsonArray>

using namespace thema;
using namespace thema::agreement;
using namespace thema::test;

namespace {

ProjectAgreement run(AgreementProject& p, QList<Id> coders, UnitKind unit, QList<Id> sources = {}, QList<Id> codes = {}, double overlap = 0.9)
{
    AgreementRequest r;
    r.coders = coders;
    r.sources = sources;
    r.codes = codes;
    r.options.unit = unit;
    r.options.overlap = overlap;
    return projectAgreement(*p.store, r);
}

double at(const QJsonObject& o, const char* key)
{
    REQUIRE_MESSAGE(o.value(QLatin1String(key)).isDouble(), key << " is not a number");
    return o.value(QLatin1String(key)).toDouble();
}

}  // namespace

TEST_CASE("a project coded like Krippendorff (2019) Fig. 12.11 gives its uα, |uα and cuα" * THEMA_NEEDS_SHARED)
{
    const QJsonObject vec = readVector(sharedPath(QStringLiteral("agreement/vectors/ualpha_krippendorff2019_fig12_11_3observers.json")));
    AgreementProject p;
    const Id src = p.source(QStringLiteral("fig12.11"), QString(int(vec[QStringLiteral("continuum_length")].toDouble()), QLatin1Char('x')));
    QList<Id> coders;
    const QJsonObject data = vec[QStringLiteral("data")].toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const Id coder = p.coder(it.key());
        coders.append(coder);
        for (const QJsonValue& s : it.value().toArray()) {
            const QJsonArray a = s.toArray();  // 1-based inclusive [start, end], value = code
            p.coding(src, qint64(a[0].toDouble()) - 1, qint64(a[1].toDouble()), p.code(cellText(a[2])), coder);
        }
    }
    const ProjectAgreement a = run(p, coders, UnitKind::Continuum);
    const QJsonObject computed{{QStringLiteral("u_alpha_nominal"), a.result.pooled[QStringLiteral("u_alpha")]},
                               {QStringLiteral("binary_u_alpha"), a.result.pooled[QStringLiteral("binary_u_alpha")]},
                               {QStringLiteral("cu_alpha_nominal"), a.result.pooled[QStringLiteral("cu_alpha")]}};
    for (const QJsonValue& e : vec[QStringLiteral("expected")].toArray()) {
        const Check c = compareExpected(e.toObject(), computed);
        CHECK_MESSAGE(c.passed, c.detail.toStdString());
    }
    CHECK(methodsSentence(a).contains(QStringLiteral("Three coders")));
}

TEST_CASE("the NVivo example: 1,000 characters, 50 coded by both and 150 by one give 85% and NVivo's kappa" * THEMA_NEEDS_SHARED)
{
    const QJsonObject vec = readVector(sharedPath(QStringLiteral("agreement/vectors/nvivo_percentage_agreement_example.json")));
    const QJsonObject d = vec[QStringLiteral("data")].toObject();
    const qint64 n = qint64(d[QStringLiteral("source_length_chars")].toDouble());
    const qint64 both = qint64(d[QStringLiteral("coded_by_both")].toDouble()), one = qint64(d[QStringLiteral("coded_by_only_one_user")].toDouble());
    AgreementProject p;
    const Id src = p.source(QStringLiteral("doc"), QString(int(n), QLatin1Char('a')));
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B")), node = p.code(QStringLiteral("node"));
    // A codes [0, both + 100), B codes [100, 100 + both + 50): both share `both` characters, 150 are coded by one only.
    const qint64 onlyA = one * 2 / 3, onlyB = one - onlyA;
    p.coding(src, 0, onlyA + both, node, a);
    p.coding(src, onlyA, onlyA + both + onlyB, node, b);
    const ProjectAgreement r = run(p, {a, b}, UnitKind::Character);
    REQUIRE(r.result.perCodeSource.size() == 1);
    const QJsonObject f = r.result.perCodeSource.front().figures;
    const Check pa = compareExpected(vec[QStringLiteral("expected")].toArray()[0].toObject(),
                                     {{QStringLiteral("percentage_agreement"), f[QStringLiteral("percent_agreement")]}});
    CHECK_MESSAGE(pa.passed, pa.detail.toStdString());
    // NVivo's kappa as its help defines it: EF1 = A-coded·B-coded/N, EF2 = A-uncoded·B-uncoded/N.
    const double codedA = double(onlyA + both), codedB = double(onlyB + both), agreeing = double(n - one);
    const double ef = codedA * codedB / n + (n - codedA) * (n - codedB) / n;
    CHECK(at(f, "cohen_kappa") == doctest::Approx((agreeing - ef) / (n - ef)));
    CHECK(at(r.result.pooled, "cohen_kappa") == doctest::Approx((agreeing - ef) / (n - ef)));
}

TEST_CASE("edge cases: a coder who never used a code, a code nobody used, sources nobody coded")
{
    AgreementProject p;
    const QString text = QStringLiteral("We talked about waiting. Then about trust, and then about hope.\nSecond line here.");
    const Id s1 = p.source(QStringLiteral("s1"), text), s2 = p.source(QStringLiteral("s2"), text);
    p.source(QStringLiteral("untouched"), text);
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B"));
    const Id wait = p.code(QStringLiteral("Waiting")), trust = p.code(QStringLiteral("Trust")), unused = p.code(QStringLiteral("Unused"));
    p.coding(s1, 16, 24, wait, a);
    p.coding(s1, 16, 24, wait, b);
    p.coding(s1, 37, 42, trust, a);  // B never uses Trust
    p.coding(s2, 0, 10, wait, a);    // B never codes s2

    // Default sources: only those every coder coded (s1); 1 of 3.
    ProjectAgreement r = run(p, {a, b}, UnitKind::Character);
    CHECK(r.sources.size() == 1);
    CHECK(r.projectSources == 3);
    CHECK(r.codes.size() == 2);
    CHECK(methodsSentence(r).startsWith(QStringLiteral("Two coders (A, B) independently coded 1 of 3 transcripts")));
    // Trust, used by A only: κ = 0 (B's margin has no "coded"), not undefined.
    const QJsonObject trustFigures = r.result.perCode[1].figures;
    CHECK(at(trustFigures, "cohen_kappa") == doctest::Approx(0.0));
    CHECK(at(r.result.perCode[0].figures, "cohen_kappa") == doctest::Approx(1.0));

    // A code nobody used, named explicitly: one category only, so kappa and alpha are null, agreement 100%.
    r = run(p, {a, b}, UnitKind::Character, {}, {unused});
    CHECK(at(r.result.pooled, "percent_agreement") == doctest::Approx(1.0));
    CHECK(r.result.pooled[QStringLiteral("cohen_kappa")].isNull());
    CHECK(r.result.pooled[QStringLiteral("krippendorff_alpha")].isNull());

    // Naming a source B never coded counts its text as "not coded" by B.
    r = run(p, {a, b}, UnitKind::Character, {s2}, {wait});
    CHECK(at(r.result.pooled, "percent_agreement") == doctest::Approx(1.0 - 10.0 / text.size()));

    // Fewer than two coders is refused.
    CHECK_THROWS_AS(run(p, {a}, UnitKind::Character), Error);
}

TEST_CASE("one coder's own overlapping segments of one code count once, in every unit")
{
    AgreementProject p;
    const Id src = p.source(QStringLiteral("s"), QString(100, QLatin1Char('x')));
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B")), c = p.code(QStringLiteral("C"));
    p.coding(src, 10, 50, c, a);
    p.coding(src, 30, 80, c, a);  // overlaps A's first segment
    p.coding(src, 10, 80, c, b);
    CHECK(at(run(p, {a, b}, UnitKind::Character).result.pooled, "percent_agreement") == doctest::Approx(1.0));
    const ProjectAgreement seg = run(p, {a, b}, UnitKind::Segment);
    CHECK(at(seg.result.pooled, "matched") == 1);
    CHECK(at(seg.result.pooled, "unmatched") == 0);
    CHECK(at(run(p, {a, b}, UnitKind::Continuum).result.pooled, "binary_u_alpha") == doctest::Approx(1.0));
}

TEST_CASE("segment units match at the overlap threshold; words and sentences use ICU boundaries")
{
    AgreementProject p;
    const QString text = QStringLiteral("One two three. Four five six.\nSeven eight nine ten.");
    const Id src = p.source(QStringLiteral("s"), text);
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B"));
    const Id x = p.code(QStringLiteral("X")), y = p.code(QStringLiteral("Y"));
    p.coding(src, 0, 20, x, a);
    p.coding(src, 0, 18, x, b);   // overlap 18/20 = 0.9
    p.coding(src, 30, 40, y, a);
    p.coding(src, 35, 51, y, b);  // overlap 5/21
    ProjectAgreement r = run(p, {a, b}, UnitKind::Segment, {}, {}, 0.9);
    CHECK(at(r.result.pooled, "matched") == 1);
    CHECK(at(r.result.pooled, "unmatched") == 2);
    CHECK(at(r.result.pooled, "percent_agreement") == doctest::Approx(1.0 / 3));
    CHECK(at(r.result.pooled, "brennan_prediger") == doctest::Approx((1.0 / 3 - 0.5) / 0.5));  // k = 2 codes
    r = run(p, {a, b}, UnitKind::Segment, {}, {}, 0.95);
    CHECK(at(r.result.pooled, "matched") == 0);

    r = run(p, {a, b}, UnitKind::Word);
    CHECK(at(r.result.perCode[0].figures, "units") == 10);  // ten words
    // X: A covers "One two three. Four " and B stops inside "Four": both cover the same four words.
    CHECK(at(r.result.perCode[0].figures, "percent_agreement") == doctest::Approx(1.0));
    r = run(p, {a, b}, UnitKind::Sentence);
    CHECK(at(r.result.perCode[0].figures, "units") == 3);
    r = run(p, {a, b}, UnitKind::Turn);  // no turns: lines
    CHECK(at(r.result.perCode[0].figures, "units") == 2);
}

TEST_CASE("reports: JSON without NaN")
{
    AgreementProject p;
    const Id src = p.source(QStringLiteral("s, quoted"), QString(50, QLatin1Char('x')));
    const Id a = p.coder(QStringLiteral("A")), b = p.coder(QStringLiteral("B")), c = p.code(QStringLiteral("C|pipe"));
    p.coding(src, 0, 10, c, a);
    p.coding(src, 5, 10, c, b);
    AgreementRequest req;
    req.coders = {a, b};
    req.options.bootstrap = BootstrapOptions{};
    const ProjectAgreement r = projectAgreement(*p.store, req);
    CHECK_FALSE(report::json(r)[QStringLiteral("pooled")].toObject().contains(QStringLiteral("krippendorff_alpha_ci")));  // a CI needs two sources or more
}
