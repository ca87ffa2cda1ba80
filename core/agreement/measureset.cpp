#include "agreement/measureset.h"

#include "agreement/multirater.h"
#include "agreement/twocoder.h"

#include <QJsonArray>

#include <cmath>

namespace thema::agreement {

MeasureSet measureRatings(const RatingsTable& table, Level level, WeightKind kind)
{
    MeasureSet s;
    s.coders = table.coderCount();
    s.units = table.ratedUnits();
    s.pairableUnits = table.pairableUnits();
    s.categories = table.categories;
    s.level = level;
    s.weights = kind;
    const Matrix w = weightMatrix(kind, table.scores);
    const CategoryCounts counts = categoryCountsOf(table);
    s.percent = multi::percentAgreement(counts, w);
    if (s.coders == 2) {
        const Matrix t = table.contingency(0, 1);
        s.cohen = table::cohenKappa(t, w);
        s.scott = table::scottPi(t, w);
    }
    if (s.coders > 2) {
        s.conger = multi::congerKappa(table, w);
        s.light = multi::lightKappa(table, w);
    }
    if (s.coders >= 2) {
        s.fleiss = multi::fleissKappa(counts, w);
        s.brennanPrediger = multi::brennanPrediger(counts, w);
        s.gwet = multi::gwetAc(counts, w);
        s.fleissPerCategory = multi::fleissPerCategory(counts);
    }
    s.alpha = krippendorffAlpha(table, level);
    return s;
}

QJsonValue jsonNumber(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const MeasureSet& s, JsonDetail detail)
{
    const bool full = detail == JsonDetail::Full;
    QJsonObject o{{QStringLiteral("coders"), s.coders}, {QStringLiteral("units"), s.units}};
    if (full) {
        o.insert(QStringLiteral("pairable_units"), s.pairableUnits);
        o.insert(QStringLiteral("level"), levelName(s.level));
        o.insert(QStringLiteral("weights"), weightKindName(s.weights));
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(s.categories));
    }
    QJsonObject parts;
    const auto put = [&](const QString& key, const std::optional<Coefficient>& c) {
        if (!c)
            return;
        o.insert(key, jsonNumber(c->value));
        if (full)
            parts.insert(key, QJsonObject{{QStringLiteral("p_o"), jsonNumber(c->observed)}, {QStringLiteral("p_e"), jsonNumber(c->expected)}});
    };
    if (s.percent)
        o.insert(QStringLiteral("percent_agreement"), jsonNumber(s.percent->value));
    put(QStringLiteral("cohen_kappa"), s.cohen);
    put(QStringLiteral("scott_pi"), s.scott);
    put(QStringLiteral("fleiss_kappa"), s.fleiss);
    put(QStringLiteral("conger_kappa"), s.conger);
    put(QStringLiteral("light_kappa"), s.light);
    if (s.light && full) {
        QJsonObject light = parts.value(QStringLiteral("light_kappa")).toObject();
        light.insert(QStringLiteral("pairs_averaged"), s.light->pairs);
        light.insert(QStringLiteral("pairs"), s.light->ofPairs);
        parts.insert(QStringLiteral("light_kappa"), light);
    }
    put(QStringLiteral("brennan_prediger"), s.brennanPrediger);
    put(QStringLiteral("gwet_ac1"), s.gwet);
    o.insert(QStringLiteral("krippendorff_alpha"), jsonNumber(s.alpha.alpha));
    o.insert(QStringLiteral("D_o"), jsonNumber(s.alpha.observedDisagreement));
    o.insert(QStringLiteral("D_e"), jsonNumber(s.alpha.expectedDisagreement));
    if (full)
        parts.insert(QStringLiteral("krippendorff_alpha"),
                     QJsonObject{{QStringLiteral("D_o"), jsonNumber(s.alpha.observedDisagreement)},
                                 {QStringLiteral("D_e"), jsonNumber(s.alpha.expectedDisagreement)},
                                 {QStringLiteral("p_o"), jsonNumber(s.alpha.observed)}, {QStringLiteral("p_e"), jsonNumber(s.alpha.expected)},
                                 {QStringLiteral("pairable_values"), s.alpha.pairable}});
    const std::optional<Coefficient>& headline = s.cohen ? s.cohen : s.fleiss;
    if (headline) {
        o.insert(QStringLiteral("p_o"), jsonNumber(headline->observed));
        o.insert(QStringLiteral("p_e"), jsonNumber(headline->expected));
    }
    if (s.alphaInterval)
        o.insert(QStringLiteral("krippendorff_alpha_ci"),
                 QJsonObject{{QStringLiteral("low"), s.alphaInterval->low}, {QStringLiteral("high"), s.alphaInterval->high},
                             {QStringLiteral("confidence"), s.alphaInterval->confidence},
                             {QStringLiteral("samples"), s.alphaInterval->samples},
                             {QStringLiteral("seed"), QString::number(s.alphaInterval->seed)}});
    if (!s.fleissPerCategory.empty() && full) {
        QJsonObject per;
        for (size_t k = 0; k < s.fleissPerCategory.size() && k < size_t(s.categories.size()); ++k)
            per.insert(s.categories[int(k)], jsonNumber(s.fleissPerCategory[k]));
        o.insert(QStringLiteral("fleiss_kappa_per_category"), per);
    }
    if (full)
        o.insert(QStringLiteral("parts"), parts);
    return o;
}

}  // namespace thema::agreement
