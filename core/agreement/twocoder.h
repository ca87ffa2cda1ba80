#pragma once

#include "agreement/coefficient.h"

namespace thema::agreement {

/**
 * Two-coder coefficients from a q×q contingency table (rows = coder A's category, columns = coder B's,
 * cells = number of units) and agreement weights w (identity for the unweighted forms). Formulas follow
 * Gwet's irrCAC (agree.coeff2.r): p_o = Σ w_kl p_kl and coefficient = (p_o − p_e)/(1 − p_e).
 * An empty table gives coefficients with no value.
 */
namespace table {

/** Weighted observed agreement alone, as a coefficient with p_e = 0 (value = p_o). */
Coefficient percentAgreement(const Matrix& counts, const Matrix& weights);
/** Cohen's κ (κ_w when weighted): p_e = Σ w_kl p_k+ p_+l. */
Coefficient cohenKappa(const Matrix& counts, const Matrix& weights);
/** Scott's π: p_e = Σ w_kl π_k π_l with π_k = (p_k+ + p_+k)/2. */
Coefficient scottPi(const Matrix& counts, const Matrix& weights);
/** Gwet's AC1 (AC2 when weighted): p_e = T_w/(q(q−1)) Σ π_k(1 − π_k). */
Coefficient gwetAc(const Matrix& counts, const Matrix& weights);
/** Brennan–Prediger (Bennett's S): p_e = T_w/q². */
Coefficient brennanPrediger(const Matrix& counts, const Matrix& weights);
/** Cohen's maximum attainable κ given the margins (unweighted): p_o replaced by Σ min(p_k+, p_+k). */
Coefficient kappaMax(const Matrix& counts);
/** The asymptotic standard error of (weighted) κ, as SAS PROC FREQ prints it (Fleiss, Cohen & Everitt 1969). */
std::optional<double> kappaAse(const Matrix& counts, const Matrix& weights);

}  // namespace table
}  // namespace thema::agreement
