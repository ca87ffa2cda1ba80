#pragma once

#include "agreement/coefficient.h"
#include "agreement/continuum.h"

namespace thema::agreement {

/**
 * Krippendorff's unitizing family for a continuum coded by m ≥ 2 coders (Krippendorff, Mathet, Bouvry &
 * Widlöcher 2016, Quality & Quantity 50:2347; Krippendorff 2019 §12.6), as ATLAS.ti reports it:
 *  - uAlpha: nominal uα over the values and the gap φ;
 *  - binaryUAlpha: |uα, relevant (any value) vs irrelevant (φ);
 *  - cuAlpha: cuα, agreement on values where both coders coded (empty with fewer than two values in use).
 * Each has observed/expected disagreement sums (off-diagonal l and e). An entry is empty when it is undefined
 * (no expected disagreement).
 */
struct UnitizedAlpha {
    std::optional<double> uAlpha, binaryUAlpha, cuAlpha;
    double observed = 0, expected = 0;              ///< Σ_{c≠k} l_ck and Σ_{c≠k} e_ck for uα
    double binaryObserved = 0, binaryExpected = 0;  ///< the same for |uα
    double cuObserved = 0, cuExpected = 0;          ///< the same for cuα
    Matrix coincidences;                            ///< l_ck, index 0 = φ, 1 + v = value v
};

/**
 * The additive parts of the family for one continuum: coincidences l_ck and the correction sums W_c (length² for
 * valued segments, length for gaps) and W*_c (cuα). Parts of separate continua (e.g. sources) add up to the parts
 * of the continua laid end to end with a break between them.
 */
struct UnitizedParts {
    Matrix l;                     ///< index 0 = φ, 1 + v = value v
    std::vector<double> w, wStar; ///< per index, as l
    double wGap = 0, wValued = 0; ///< |uα's two W terms
    UnitizedParts& operator+=(const UnitizedParts& other);
    void addScaled(const UnitizedParts& other, double times);
};

/** The parts of one continuum from each coder's partition (see partition()); values are 0..values−1 or kGap. */
UnitizedParts unitizedParts(const std::vector<std::vector<Segment>>& partitions, int values);

/** The family from (summed) parts. */
UnitizedAlpha unitizedAlpha(const UnitizedParts& parts);

/**
 * Computes the family from each coder's partition of the continuum (see partition()): segments cover
 * [0, L) without overlap, values are 0..values−1 or Segment::kGap.
 */
UnitizedAlpha unitizedAlpha(const std::vector<std::vector<Segment>>& partitions, int values);

}  // namespace thema::agreement
