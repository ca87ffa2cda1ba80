#pragma once

#include "agreement/ratingstable.h"

namespace thema::agreement {

/**
 * Multi-coder coefficients on raw ratings, as Gwet's irrCAC computes them (agree.coeff3.raw.r).
 * p_o averages Σ_k r_ik(r*_ik − 1)/(r_i(r_i − 1)) over units with r_i ≥ 2; prevalence π_k averages r_ik/r_i over
 * units with at least one value. With two coders and no missing values they equal the two-coder forms.
 */
namespace multi {

/** Weighted observed agreement p_o alone (value = p_o). */
Coefficient percentAgreement(const CategoryCounts& r, const Matrix& weights);
/** Fleiss' κ (generalised Scott's π): p_e = Σ w_kl π_k π_l. */
Coefficient fleissKappa(const CategoryCounts& r, const Matrix& weights);
/** Gwet's AC1/AC2: p_e = T_w/(q(q−1)) Σ π_k(1 − π_k). */
Coefficient gwetAc(const CategoryCounts& r, const Matrix& weights);
/** Brennan–Prediger / Randolph's free-marginal κ: p_e = T_w/q². */
Coefficient brennanPrediger(const CategoryCounts& r, const Matrix& weights);
/**
 * Conger's κ (= Hubert's κ): p_e = Σ w_kl (p̄_k p̄_l − s²_kl/r), from each coder's category shares.
 * Needs the ratings table, since it depends on who gave which value.
 */
Coefficient congerKappa(const RatingsTable& table, const Matrix& weights);
/**
 * Light's κ: the mean of Cohen's κ over all coder pairs (pairs with an undefined κ are skipped); Coefficient::pairs
 * says how many pairs were averaged, Coefficient::ofPairs how many there are.
 */
Coefficient lightKappa(const RatingsTable& table, const Matrix& weights);
/**
 * Fleiss' category-specific κ_j = 1 − Σ_i n_ij(r_i − n_ij)/(r_i − 1) / (Σ_i r_i · p_j(1 − p_j)), over units with
 * r_i ≥ 2 (Fleiss 1971; with r_i = m for every unit this is his formula). Empty where p_j is 0 or 1.
 */
std::vector<std::optional<double>> fleissPerCategory(const CategoryCounts& r);
/** Per-unit agreement P_i = Σ_k r_ik(r_ik − 1)/(r_i(r_i − 1)) (Fleiss' P_i); empty for units with r_i < 2. */
std::vector<std::optional<double>> unitAgreement(const CategoryCounts& r);

}  // namespace multi
}  // namespace thema::agreement
