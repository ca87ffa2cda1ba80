#pragma once

#include "agreement/disagreements.h"

#include <vector>

namespace thema::agreement {

/**
 * One line of a list of disagreements as a reader thinks of them: usually one Disagreement, but where two coders
 * put different codes on the same passage (coder A coded X there and not Y, coder B coded Y there and not X)
 * the two per-code disagreements are one line, "A: X / B: Y".
 */
struct DisagreementRow {
    std::vector<int> members;  ///< indexes into the list given to disagreementRows(), first = the one shown first
    Span extent;               ///< the union of the members' extents (code points)
    bool differentCodes() const { return members.size() > 1; }
};

/**
 * Groups @p list (from findDisagreements(), one code each) into rows: two disagreements of different codes in the
 * same source whose extents overlap, where each code was coded there by coders who did not code the other, form
 * one row. Each disagreement is in exactly one row; rows keep the order of their first member.
 */
std::vector<DisagreementRow> disagreementRows(const std::vector<Disagreement>& list);

/** The coders (by index) who coded inside @p d, i.e. whose spans are not empty. */
std::vector<int> codersWhoCoded(const Disagreement& d);

}  // namespace thema::agreement
