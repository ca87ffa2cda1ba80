#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace thema::agreement {

/** A unit of one category marked by one coder on a continuum: [begin, begin + length). */
struct MarkedUnit {
    int coder = 0;
    qint64 begin = 0;
    qint64 length = 0;
};

/** α_U for one category with its disagreements (empty alpha when D_e = 0). */
struct UnitizingResult {
    std::optional<double> alpha;
    double observedDisagreement = 0;  ///< D_o
    double expectedDisagreement = 0;  ///< D_e
};

/**
 * Krippendorff's (1995) α_U for one category on a continuum [begin, begin + length) marked by @p coders
 * coders, as DKPro Statistics implements it (KrippendorffAlphaUnitizingAgreement): D_o from the squared
 * distances between overlapping units (or a unit's squared length when it lies in another coder's gap),
 * D_e from the unit and gap lengths. A coder's units must not overlap. Lengths are in continuum positions;
 * D_e depends on the resolution (Krippendorff's published values assume a fine continuum).
 */
UnitizingResult unitizingAlpha1995(const std::vector<MarkedUnit>& units, int coders, qint64 begin, qint64 length);

}  // namespace thema::agreement
