#pragma once

#include <optional>
#include <vector>

namespace thema::agreement {

/** A q×q (or units×categories) table of non-negative counts, row-major. */
using Matrix = std::vector<std::vector<double>>;

/**
 * A chance-corrected agreement coefficient with its parts: value = (p_o − p_e) / (1 − p_e).
 * value is empty when the coefficient is undefined (1 − p_e = 0: no variance, e.g. one category only);
 * callers print that as null, never NaN.
 */
struct Coefficient {
    std::optional<double> value;
    double observed = 0;  ///< p_o (weighted observed agreement)
    double expected = 0;  ///< p_e (chance agreement under the coefficient's model)
    int pairs = 0;        ///< for a mean over coder pairs (Light's κ): the pairs averaged (those with a defined κ)
    int ofPairs = 0;      ///< and the coder pairs there are
};

/** Builds a Coefficient from p_o and p_e, leaving the value empty when p_e is (numerically) 1. */
Coefficient makeCoefficient(double observed, double expected);

/**
 * Krippendorff's α with its disagreements: α = 1 − D_o/D_e. alpha is empty when D_e = 0 (no variance) or when
 * fewer than two pairable values exist. p_o/p_e are the same quantities on Gwet's agreement scale
 * (p = 1 − D·(n−1)/n), as irrCAC prints them.
 */
struct AlphaResult {
    std::optional<double> alpha;
    double observedDisagreement = 0;  ///< D_o
    double expectedDisagreement = 0;  ///< D_e
    double observed = 0;              ///< p_o, irrCAC scale
    double expected = 0;              ///< p_e, irrCAC scale
    double pairable = 0;              ///< n, the number of pairable values
};

}  // namespace thema::agreement
