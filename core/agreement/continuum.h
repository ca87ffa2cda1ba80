#pragma once

#include <QtGlobal>

#include <vector>

namespace thema::agreement {

/** A stretch [start, end) of a continuum (code points) with a value: a code index ≥ 0, or kGap. */
struct Segment {
    static constexpr int kGap = -1;
    qint64 start = 0;
    qint64 end = 0;
    int value = kGap;
    qint64 length() const { return end - start; }
};

/**
 * One coder's segmentation of a continuum [0, length): its valued segments, which must not overlap,
 * and the gaps between them filled in. Gaps are also cut at every position in @p breaks (e.g. where one
 * source ends and the next begins when sources are laid end to end), so no gap spans two sources.
 * Throws std::invalid_argument when valued segments overlap or leave the continuum.
 */
std::vector<Segment> partition(std::vector<Segment> valued, qint64 length, const std::vector<qint64>& breaks = {});

/**
 * A coder's segments of one code as units: segments that overlap are merged into one unit (a coder cannot
 * disagree with themself), while segments that merely touch stay separate units, as Krippendorff et al.
 * (2016) require ("every coded segment is a unit"). Input in any order; output sorted by start.
 */
std::vector<Segment> mergeOverlaps(std::vector<Segment> segments);

}  // namespace thema::agreement
