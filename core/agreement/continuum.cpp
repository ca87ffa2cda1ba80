#include "agreement/continuum.h"

#include <algorithm>
#include <stdexcept>

namespace thema::agreement {

std::vector<Segment> partition(std::vector<Segment> valued, qint64 length, const std::vector<qint64>& breaks)
{
    std::sort(valued.begin(), valued.end(), [](const Segment& a, const Segment& b) { return a.start < b.start; });
    std::vector<qint64> cuts = breaks;
    std::sort(cuts.begin(), cuts.end());
    std::vector<Segment> out;
    out.reserve(valued.size() * 2 + cuts.size() + 1);
    auto cut = cuts.begin();
    const auto addGap = [&](qint64 from, qint64 to) {
        while (cut != cuts.end() && *cut <= from)
            ++cut;
        for (auto c = cut; c != cuts.end() && *c < to; ++c) {
            out.push_back({from, *c, Segment::kGap});
            from = *c;
        }
        if (to > from)
            out.push_back({from, to, Segment::kGap});
    };
    qint64 pos = 0;
    for (const Segment& s : valued) {
        if (s.start < pos || s.end > length || s.start >= s.end)
            throw std::invalid_argument("overlapping or out-of-range segments in a continuum");
        addGap(pos, s.start);
        out.push_back(s);
        pos = s.end;
    }
    addGap(pos, length);
    return out;
}

std::vector<Segment> mergeOverlaps(std::vector<Segment> segments)
{
    std::sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<Segment> out;
    for (const Segment& s : segments) {
        if (!out.empty() && s.start < out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

}  // namespace thema::agreement
