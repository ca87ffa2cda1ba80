#pragma once

#include "agreement/coefficient.h"

#include <QString>

#include <optional>

namespace thema::agreement {

/**
 * Agreement weights w_kl (w_kk = 1) for ordered categories, as defined by Gwet's irrCAC (weights.gen.r),
 * computed on category scores x_k (numeric values, or ranks 1..q). Identity is the unweighted case.
 */
enum class WeightKind { Identity, Linear, Quadratic, Ordinal, Radical, Ratio, Circular, Bipolar };

/** The q×q agreement-weight matrix for @p scores (sorted ascending). */
Matrix weightMatrix(WeightKind kind, const std::vector<double>& scores);

/** Ranks 1..q, the scores used when categories have no numeric values. */
std::vector<double> rankScores(int q);

/** "none"/"identity", "linear", "quadratic", "ordinal", "radical", "ratio", "circular", "bipolar". */
std::optional<WeightKind> weightKindFromName(const QString& name);
QString weightKindName(WeightKind kind);

}  // namespace thema::agreement
