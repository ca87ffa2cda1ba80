#pragma once

#include "agreement/ratingstable.h"

#include <QString>

namespace thema::agreement {

/** Krippendorff's levels of measurement, each with its difference function δ². */
enum class Level { Nominal, Ordinal, Interval, Ratio };

std::optional<Level> levelFromName(const QString& name);
QString levelName(Level level);

/**
 * The coincidence matrix o_ck of a ratings table: each unit with m_u ≥ 2 values adds 1/(m_u − 1) for every
 * ordered pair of values from different coders. Units with fewer than two values are dropped.
 */
Matrix coincidences(const RatingsTable& table);

/** The same from units × categories counts (who gave a value does not matter to α). */
Matrix coincidences(const CategoryCounts& counts);

/** Coincidences of a two-coder q×q contingency table (o = n + nᵀ). */
Matrix coincidencesOfContingency(const Matrix& counts);

/**
 * δ²_ck for a level: nominal 0/1; ordinal from the coincidence margins n_g in rank order; interval (c − k)²
 * and ratio ((c − k)/(c + k))² on @p scores.
 */
Matrix differences(Level level, const Matrix& coincidence, const std::vector<double>& scores);

/** δ² = 1 − w for agreement weights w (a custom or irrCAC weighting). */
Matrix differencesFromWeights(const Matrix& weights);

/** α = 1 − D_o/D_e with D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n(n − 1)). */
AlphaResult krippendorffAlpha(const Matrix& coincidence, const Matrix& delta);

/** Convenience: α of a ratings table at a level, with its own scores. */
AlphaResult krippendorffAlpha(const RatingsTable& table, Level level);

}  // namespace thema::agreement
