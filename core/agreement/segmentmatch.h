#pragma once

#include "model/entities.h"

#include <vector>

namespace thema::agreement {

/** Two coders' segments of one code in one source, matched one to one as MAXQDA does. */
struct SegmentMatch {
    std::vector<std::pair<int, int>> pairs;  ///< indices into the (merged, sorted) first and second lists
    std::vector<int> onlyFirst, onlySecond;  ///< unmatched segments
    std::vector<Span> first, second;         ///< the segments compared: overlapping segments of one coder merged
};

/**
 * Overlap of two spans as MAXQDA measures it: |A ∩ B| / |A ∪ B| (1 = identical, 0 = disjoint).
 */
double overlapRatio(const Span& a, const Span& b);

/**
 * Matches @p first against @p second: segments match when their overlap ratio is at least @p threshold (0..1);
 * each segment matches at most once, best ratios first (ties by position). A coder's own overlapping segments
 * are merged into one before matching.
 */
SegmentMatch matchSegments(const std::vector<Span>& first, const std::vector<Span>& second, double threshold);

}  // namespace thema::agreement
