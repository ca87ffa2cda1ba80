#pragma once

#include "agreement/bootstrap.h"
#include "agreement/weights.h"

#include <QJsonObject>

namespace thema::agreement {

/**
 * Every ratings-table coefficient that applies to a table. An empty optional means the measure does not apply
 * (Cohen's κ and Scott's π need exactly two coders; Conger's and Light's κ more than two); a present Coefficient
 * with an empty value means it is undefined for these data (no variance).
 */
struct MeasureSet {
    int coders = 0;
    double units = 0;          ///< units with at least one value
    double pairableUnits = 0;  ///< units with at least two values
    QStringList categories;
    Level level = Level::Nominal;
    WeightKind weights = WeightKind::Identity;
    std::optional<Coefficient> percent, cohen, scott, fleiss, conger, light, brennanPrediger, gwet;
    AlphaResult alpha;
    std::optional<Interval> alphaInterval;
    std::vector<std::optional<double>> fleissPerCategory;
};

/** Computes the set; agreement weights apply to κ, π, Fleiss, Conger, BP, AC and percent; α uses @p level. */
MeasureSet measureRatings(const RatingsTable& table, Level level, WeightKind weights);

/** How much toJson() writes. */
enum class JsonDetail {
    Full,     ///< everything below
    Figures,  ///< without pairable_units, level, weights, categories, parts and fleiss_kappa_per_category
};

/**
 * JSON with the keys percent_agreement, cohen_kappa, scott_pi, fleiss_kappa, conger_kappa, light_kappa,
 * brennan_prediger, gwet_ac1 (AC2 when weighted), krippendorff_alpha, p_o and p_e (of Cohen's κ for two coders,
 * of Fleiss' κ otherwise), D_o and D_e (α's), and "parts" with each coefficient's own p_o/p_e. Absent = does not
 * apply; null = undefined. Never NaN.
 */
QJsonObject toJson(const MeasureSet& set, JsonDetail detail = JsonDetail::Full);

/** A number or null (for an empty or non-finite value). */
QJsonValue jsonNumber(const std::optional<double>& value);

}  // namespace thema::agreement
