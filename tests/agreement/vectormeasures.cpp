#include "vectormeasures.h"

#include "agreement/krippendorff.h"
#include "agreement/multirater.h"
#include "agreement/twocoder.h"
#include "agreement/ualpha.h"
#include "agreement/unitizing1995.h"
#include "agreement/weights.h"
#include "vectorjson.h"

#include <QJsonArray>

using namespace thema::agreement;

namespace thema::test {
namespace {

QJsonValue v(const std::optional<double>& x) { return x ? QJsonValue(*x) : QJsonValue(QJsonValue::Null); }
QJsonValue v(const Coefficient& c) { return v(c.value); }

Matrix identity(size_t q) { return weightMatrix(WeightKind::Identity, rankScores(int(q))); }
Matrix weights(WeightKind k, size_t q) { return weightMatrix(k, rankScores(int(q))); }

const std::vector<std::pair<QString, WeightKind>> kNamedWeights = {
    {QStringLiteral("linear"), WeightKind::Linear}, {QStringLiteral("quadratic"), WeightKind::Quadratic},
    {QStringLiteral("ordinal"), WeightKind::Ordinal}, {QStringLiteral("radical"), WeightKind::Radical},
    {QStringLiteral("ratio"), WeightKind::Ratio}, {QStringLiteral("circular"), WeightKind::Circular},
    {QStringLiteral("bipolar"), WeightKind::Bipolar}};

AlphaResult tableAlpha(const Matrix& t, const Matrix& w)
{
    return krippendorffAlpha(coincidencesOfContingency(t), differencesFromWeights(w));
}

/** The usual two-coder quantities of a contingency table, under the names most vectors use. */
QJsonObject twoCoder(const Matrix& t, const QString& prefix = {})
{
    const Matrix w = identity(t.size());
    const Coefficient k = table::cohenKappa(t, w), s = table::brennanPrediger(t, w), pi = table::scottPi(t, w);
    QJsonObject o;
    const auto put = [&](const QString& name, const QJsonValue& x) { o.insert(prefix + name, x); };
    put(QStringLiteral("percent_agreement"), k.observed);
    put(QStringLiteral("p_o"), k.observed);
    put(QStringLiteral("p_e"), k.expected);
    put(QStringLiteral("kappa"), v(k));
    put(QStringLiteral("kappa_expected"), k.expected);
    put(QStringLiteral("kappa_pe"), k.expected);
    put(QStringLiteral("S"), v(s));
    put(QStringLiteral("S_expected"), s.expected);
    put(QStringLiteral("S_pe"), s.expected);
    put(QStringLiteral("scott_pi"), v(pi));
    put(QStringLiteral("pi_expected"), pi.expected);
    put(QStringLiteral("kappa_max"), v(table::kappaMax(t)));
    put(QStringLiteral("gwet_ac1"), v(table::gwetAc(t, w)));
    put(QStringLiteral("gwet_ac1_pe"), table::gwetAc(t, w).expected);
    const Matrix quad = weights(WeightKind::Quadratic, t.size());
    const Coefficient ac2 = table::gwetAc(t, quad);
    put(QStringLiteral("gwet_ac2_quadratic"), v(ac2));
    put(QStringLiteral("gwet_ac2_pa"), ac2.observed);
    put(QStringLiteral("gwet_ac2_pe"), ac2.expected);
    return o;
}

QJsonObject gwetFixture(const QJsonObject& vec)
{
    const Matrix t = matrixOf(vec[QStringLiteral("data")]);
    const Coefficient ac1 = table::gwetAc(t, identity(t.size()));
    const Coefficient ac2 = table::gwetAc(t, weights(WeightKind::Quadratic, t.size()));
    return {{QStringLiteral("ac1"), v(ac1)}, {QStringLiteral("ac1_pa"), ac1.observed}, {QStringLiteral("ac1_pe"), ac1.expected},
            {QStringLiteral("ac2_quadratic"), v(ac2)}, {QStringLiteral("ac2_pa"), ac2.observed}, {QStringLiteral("ac2_pe"), ac2.expected}};
}

/** Every irrCAC table coefficient under every named weighting. */
QJsonObject irrcacTable(const Matrix& t)
{
    QJsonObject kappa, pi, ac2, bp, alpha, pa;
    for (const auto& [name, kind] : kNamedWeights) {
        const Matrix w = weights(kind, t.size());
        kappa.insert(name, v(table::cohenKappa(t, w)));
        pi.insert(name, v(table::scottPi(t, w)));
        ac2.insert(name, v(table::gwetAc(t, w)));
        bp.insert(name, v(table::brennanPrediger(t, w)));
        alpha.insert(name, v(tableAlpha(t, w).alpha));
        pa.insert(name, table::percentAgreement(t, w).observed);
    }
    const Matrix id = identity(t.size());
    const QJsonObject unweighted{{QStringLiteral("kappa"), v(table::cohenKappa(t, id))},
                                 {QStringLiteral("scott_pi"), v(table::scottPi(t, id))},
                                 {QStringLiteral("gwet_ac1"), v(table::gwetAc(t, id))},
                                 {QStringLiteral("brennan_prediger"), v(table::brennanPrediger(t, id))},
                                 {QStringLiteral("krippendorff_alpha"), v(tableAlpha(t, id).alpha)},
                                 {QStringLiteral("percent_agreement"), table::percentAgreement(t, id).observed}};
    QJsonObject o = unweighted;
    o.insert(QStringLiteral("unweighted"), unweighted);
    o.insert(QStringLiteral("weighted"), QJsonObject{{QStringLiteral("kappa"), kappa}, {QStringLiteral("scott_pi"), pi},
                                                     {QStringLiteral("gwet_ac2"), ac2}, {QStringLiteral("brennan_prediger"), bp},
                                                     {QStringLiteral("krippendorff_alpha"), alpha},
                                                     {QStringLiteral("percent_agreement"), pa}});
    return o;
}

/** Multi-rater quantities on raw ratings or counts. */
QJsonObject multiRater(const CategoryCounts& r, const RatingsTable* table, const QString& prefix = {})
{
    const size_t q = r.counts.empty() ? 0 : r.counts.front().size();
    const Matrix w = identity(q);
    const Coefficient fleiss = multi::fleissKappa(r, w), gwet = multi::gwetAc(r, w), bp = multi::brennanPrediger(r, w);
    const AlphaResult alpha = krippendorffAlpha(coincidences(r), differences(Level::Nominal, coincidences(r), rankScores(int(q))));
    QJsonObject o;
    const auto put = [&](const QString& name, const QJsonValue& x) { o.insert(prefix + name, x); };
    for (const QString& name : {QStringLiteral("kappa"), QStringLiteral("kappa_R_irr"), QStringLiteral("fleiss_kappa")})
        put(name, v(fleiss));
    for (const QString& name : {QStringLiteral("P_o"), QStringLiteral("P_bar"), QStringLiteral("gwet_pa")})
        put(name, fleiss.observed);
    for (const QString& name : {QStringLiteral("P_e"), QStringLiteral("P_bar_e"), QStringLiteral("P_e_fleiss"), QStringLiteral("fleiss_pe")})
        put(name, fleiss.expected);
    put(QStringLiteral("gwet_ac1"), v(gwet));
    put(QStringLiteral("gwet_pe"), gwet.expected);
    put(QStringLiteral("brennan_prediger"), v(bp));
    put(QStringLiteral("randolph_kappa"), v(bp));
    put(QStringLiteral("bp_pe"), bp.expected);
    put(QStringLiteral("krippendorff_alpha"), v(alpha.alpha));
    put(QStringLiteral("krippendorff_pa"), alpha.observed);
    QJsonArray perCategory, perUnit;
    for (const auto& k : multi::fleissPerCategory(r))
        perCategory.append(v(k));
    for (const auto& p : multi::unitAgreement(r))
        perUnit.append(v(p));
    put(QStringLiteral("kappa_category"), perCategory);
    put(QStringLiteral("P_i"), perUnit);
    if (table) {
        put(QStringLiteral("hubert_kappa"), v(multi::congerKappa(*table, w)));
        put(QStringLiteral("light_kappa_mean_pairwise_cohen"), v(multi::lightKappa(*table, w)));
    }
    return o;
}

QJsonObject alphaLevels(const RatingsTable& t)
{
    QJsonObject o;
    for (Level level : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio}) {
        const AlphaResult a = krippendorffAlpha(t, level);
        const QString name = levelName(level);
        o.insert(QStringLiteral("alpha_") + name, v(a.alpha));
        o.insert(QStringLiteral("D_o_") + name, a.observedDisagreement);
        o.insert(QStringLiteral("D_e_") + name, a.expectedDisagreement);
    }
    const AlphaResult nominal = krippendorffAlpha(t, Level::Nominal);
    o.insert(QStringLiteral("alpha"), v(nominal.alpha));
    o.insert(QStringLiteral("alpha_nominal_irrCAC"), v(nominal.alpha));
    o.insert(QStringLiteral("D_o"), nominal.observedDisagreement);
    o.insert(QStringLiteral("D_e"), nominal.expectedDisagreement);
    o.insert(QStringLiteral("expected_agreement_by_chance"), 1 - nominal.expectedDisagreement);
    o.insert(QStringLiteral("percent_agreement"), v(multi::percentAgreement(categoryCountsOf(t), identity(t.categoryCount()))));
    return o;
}

QJsonObject artsteinPoesioWeighted(const QJsonObject& vec)
{
    const Matrix t = matrixOf(vec[QStringLiteral("data")]);
    QJsonObject o = twoCoder(t);
    // The vector's rule: distance 0 on the diagonal, 0.5 when either category is "Chck", 1 otherwise.
    const QJsonArray cats = vec[QStringLiteral("categories")].toArray();
    Matrix w = identity(t.size());
    for (qsizetype k = 0; k < cats.size(); ++k)
        for (qsizetype l = 0; l < cats.size(); ++l)
            if (k != l)
                w[k][l] = cats[k].toString() == QLatin1String("Chck") || cats[l].toString() == QLatin1String("Chck") ? 0.5 : 0;
    const AlphaResult nominal = tableAlpha(t, identity(t.size())), weighted = tableAlpha(t, w);
    const Coefficient kw = table::cohenKappa(t, w);
    o.insert(QStringLiteral("alpha_nominal"), v(nominal.alpha));
    o.insert(QStringLiteral("alpha_D_o"), nominal.observedDisagreement);
    o.insert(QStringLiteral("alpha_D_e"), nominal.expectedDisagreement);
    o.insert(QStringLiteral("alpha_weighted"), v(weighted.alpha));
    o.insert(QStringLiteral("alpha_weighted_D_o"), weighted.observedDisagreement);
    o.insert(QStringLiteral("alpha_weighted_D_e"), weighted.expectedDisagreement);
    o.insert(QStringLiteral("kappa_weighted"), v(kw));
    o.insert(QStringLiteral("kappa_weighted_D_o"), 1 - kw.observed);
    o.insert(QStringLiteral("kappa_weighted_D_e"), 1 - kw.expected);
    return o;
}

QJsonObject twoTables(const QJsonObject& vec)
{
    QJsonObject o;
    const QJsonObject data = vec[QStringLiteral("data")].toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonObject part = twoCoder(matrixOf(it.value()), it.key() + QLatin1Char('_'));
        for (auto p = part.begin(); p != part.end(); ++p)
            o.insert(p.key(), p.value());
    }
    return o;
}

QJsonObject sas(const QJsonObject& vec)
{
    const Matrix t = matrixOf(vec[QStringLiteral("data")]);
    const Matrix id = identity(t.size()), lin = weights(WeightKind::Linear, t.size());
    return {{QStringLiteral("kappa"), v(table::cohenKappa(t, id))}, {QStringLiteral("kappa_ASE"), v(table::kappaAse(t, id))},
            {QStringLiteral("kappa_weighted_linear"), v(table::cohenKappa(t, lin))},
            {QStringLiteral("kappa_weighted_ASE"), v(table::kappaAse(t, lin))}};
}

QJsonObject sklearn(const QJsonObject& vec)
{
    const Matrix t = matrixOf(vec[QStringLiteral("data")]);
    return {{QStringLiteral("kappa"), v(table::cohenKappa(t, identity(t.size())))},
            {QStringLiteral("kappa_linear"), v(table::cohenKappa(t, weights(WeightKind::Linear, t.size())))},
            {QStringLiteral("kappa_quadratic"), v(table::cohenKappa(t, weights(WeightKind::Quadratic, t.size())))}};
}

QJsonObject rawRatings(const QJsonObject& vec)
{
    const RatingsTable t = unitsByRaters(vec[QStringLiteral("data")]);
    return multiRater(categoryCountsOf(t), &t);
}

QJsonObject counts(const QJsonObject& vec)
{
    return multiRater({matrixOf(vec[QStringLiteral("data")]), {}}, nullptr);
}

QJsonObject randolph(const QJsonObject& vec)
{
    QJsonObject o;
    const QJsonObject data = vec[QStringLiteral("data")].toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const RatingsTable t = unitsByRaters(it.value());
        const QJsonObject part = multiRater(categoryCountsOf(t), &t, it.key() + QLatin1Char('_'));
        for (auto p = part.begin(); p != part.end(); ++p)
            o.insert(p.key(), p.value());
    }
    return o;
}

QJsonObject kalphaUnitsByRaters(const QJsonObject& vec) { return alphaLevels(unitsByRaters(vec[QStringLiteral("data")])); }
QJsonObject kalphaCodersByUnits(const QJsonObject& vec) { return alphaLevels(codersByUnits(vec[QStringLiteral("data")])); }

QJsonObject nvivo(const QJsonObject& vec)
{
    // Characters as units, "coded by this node" yes/no per user. How the 150 split between the users does not
    // change percentage agreement; they are all put on one side here.
    const QJsonObject d = vec[QStringLiteral("data")].toObject();
    const double both = d[QStringLiteral("coded_by_both")].toDouble(), one = d[QStringLiteral("coded_by_only_one_user")].toDouble();
    const double neither = d[QStringLiteral("coded_by_neither")].toDouble();
    const Matrix t = {{both, one}, {0, neither}};
    return {{QStringLiteral("percentage_agreement"), table::percentAgreement(t, identity(2)).observed}};
}

/** Krippendorff (1995) examples: units [coder, begin, length, example] on [begin, begin + length). */
UnitizingResult example1995(const QJsonObject& vec, const QString& example, qint64 scale, qint64 divide = 1)
{
    std::vector<MarkedUnit> units;
    for (const QJsonValue& row : vec[QStringLiteral("data")].toArray()) {
        const QJsonArray r = row.toArray();
        if (r[3].toString() == example)
            units.push_back({r[0].toInt(), qint64(r[1].toDouble()) * scale / divide, qint64(r[2].toDouble()) * scale / divide});
    }
    const QJsonObject c = vec[QStringLiteral("continuum")].toObject();
    return unitizingAlpha1995(units, vec[QStringLiteral("coders")].toInt(), qint64(c[QStringLiteral("begin")].toDouble()) * scale / divide,
                              qint64(c[QStringLiteral("length")].toDouble()) * scale / divide);
}

QJsonObject krippendorff1995(const QJsonObject& vec)
{
    // DKPro refines the continuum by 50,000 to approach Krippendorff's continuous D_e.
    constexpr qint64 kRefine = 50000;
    QJsonObject dO, dE, alpha;
    for (const QString& ex : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}) {
        dO.insert(ex, example1995(vec, ex, 1).observedDisagreement);
        const UnitizingResult fine = example1995(vec, ex, kRefine);
        dE.insert(ex, fine.expectedDisagreement);
        alpha.insert(ex, v(fine.alpha));
    }
    const UnitizingResult half = example1995(vec, QStringLiteral("C"), 1, 2);
    QJsonObject o{{QStringLiteral("D_o"), dO}, {QStringLiteral("D_e_refined_continuum"), dE},
                  {QStringLiteral("alpha_refined_continuum"), alpha},
                  {QStringLiteral("C_at_half_resolution_L12"),
                   QJsonObject{{QStringLiteral("D_o"), half.observedDisagreement},
                               {QStringLiteral("D_e"), half.expectedDisagreement}, {QStringLiteral("alpha"), v(half.alpha)}}}};
    // The digitized view: positions as units coded 0/1 by each coder.
    const QJsonObject digitized = vec[QStringLiteral("digitized_view")].toObject()[QStringLiteral("data_coders_x_positions")].toObject();
    for (auto it = digitized.begin(); it != digitized.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const RatingsTable t = codersByUnits(it.value());
        const Matrix ct = t.contingency(0, 1);
        o.insert(it.key() + QStringLiteral("_kappa"), v(table::cohenKappa(ct, identity(ct.size()))));
        o.insert(it.key() + QStringLiteral("_scott_pi"), v(table::scottPi(ct, identity(ct.size()))));
        o.insert(it.key() + QStringLiteral("_alpha_nominal"), v(krippendorffAlpha(t, Level::Nominal).alpha));
    }
    return o;
}

QJsonObject krippendorff2019(const QJsonObject& vec)
{
    // Segments [start, end] are 1-based and inclusive; values are codes; uncovered characters are gaps.
    const qint64 length = qint64(vec[QStringLiteral("continuum_length")].toDouble());
    const QJsonObject data = vec[QStringLiteral("data")].toObject();
    QStringList values;
    std::vector<std::vector<Segment>> partitions;
    for (auto it = data.begin(); it != data.end(); ++it) {
        std::vector<Segment> valued;
        for (const QJsonValue& s : it.value().toArray()) {
            const QJsonArray a = s.toArray();
            const QString value = cellText(a[2]);
            if (!values.contains(value))
                values.append(value);
            valued.push_back({qint64(a[0].toDouble()) - 1, qint64(a[1].toDouble()), int(values.indexOf(value))});
        }
        partitions.push_back(partition(valued, length));
    }
    const UnitizedAlpha u = unitizedAlpha(partitions, int(values.size()));
    return {{QStringLiteral("u_alpha_nominal"), v(u.uAlpha)}, {QStringLiteral("binary_u_alpha"), v(u.binaryUAlpha)},
            {QStringLiteral("cu_alpha_nominal"), v(u.cuAlpha)}};
}

QJsonObject contingencyVector(const QJsonObject& vec) { return twoCoder(matrixOf(vec[QStringLiteral("data")])); }
QJsonObject irrcacVector(const QJsonObject& vec) { return irrcacTable(matrixOf(vec[QStringLiteral("data")])); }

}  // namespace

const std::map<QString, VectorComputation>& vectorComputations()
{
    static const std::map<QString, VectorComputation> all = {
        {QStringLiteral("agreement_artstein_poesio2008_table1"), contingencyVector},
        {QStringLiteral("agreement_artstein_poesio2008_table4_weighted"), artsteinPoesioWeighted},
        {QStringLiteral("agreement_brennan_prediger1981"), twoTables},
        {QStringLiteral("agreement_krippendorff2004_p246_pi_vs_kappa"), twoTables},
        {QStringLiteral("cohen_kappa_agresti1992_4x4"), contingencyVector},
        {QStringLiteral("cohen_kappa_cohen1960_ex1"), contingencyVector},
        {QStringLiteral("cohen_kappa_cohen1960_ex2"), contingencyVector},
        {QStringLiteral("cohen_kappa_sas_example_3x3"), sas},
        {QStringLiteral("cohen_kappa_sklearn_weighting_3x3"), sklearn},
        {QStringLiteral("cohen_kappa_wikipedia_2x2"), contingencyVector},
        {QStringLiteral("fleiss_kappa_fleiss1971_diagnoses"), rawRatings},
        {QStringLiteral("fleiss_kappa_wikipedia_10subjects_14raters"), counts},
        {QStringLiteral("gwet_irrcac_fixture_likert_4x4"), gwetFixture},
        {QStringLiteral("gwet_irrcac_fixture_paradox_2x2"), gwetFixture},
        {QStringLiteral("irrcac_cont3x3abstractors"), irrcacVector},
        {QStringLiteral("irrcac_cont4x4diagnosis"), irrcacVector},
        {QStringLiteral("irrcac_distrib6raters"), counts},
        {QStringLiteral("kalpha_binary_2coders_10units"), kalphaCodersByUnits},
        {QStringLiteral("kalpha_krippendorff1980_3coders_9units"), kalphaUnitsByRaters},
        {QStringLiteral("kalpha_krippendorff2004_p227_2coders_nominal"), kalphaCodersByUnits},
        {QStringLiteral("kalpha_krippendorff2011_4obs_12units"), kalphaCodersByUnits},
        {QStringLiteral("multirater_randolph2005"), randolph},
        {QStringLiteral("multirater_warrens2010_8raters"), rawRatings},
        {QStringLiteral("nvivo_percentage_agreement_example"), nvivo},
        {QStringLiteral("ualpha_krippendorff1995_p57_four_pairs"), krippendorff1995},
        {QStringLiteral("ualpha_krippendorff2019_fig12_11_3observers"), krippendorff2019},
    };
    return all;
}

}  // namespace thema::test
