#include "agreement/segmentmatch.h"

#include <algorithm>
#include <tuple>

namespace thema::agreement {
namespace {

std::vector<Span> mergedSpans(std::vector<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    std::vector<Span> out;
    for (const Span& s : spans) {
        if (s.isEmpty())
            continue;
        if (!out.empty() && s.start < out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

}  // namespace

double overlapRatio(const Span& a, const Span& b)
{
    const qint64 inter = std::min(a.end, b.end) - std::max(a.start, b.start);
    if (inter <= 0)
        return 0;
    const qint64 uni = std::max(a.end, b.end) - std::min(a.start, b.start);
    return double(inter) / double(uni);
}

SegmentMatch matchSegments(const std::vector<Span>& first, const std::vector<Span>& second, double threshold)
{
    SegmentMatch m;
    m.first = mergedSpans(first);
    m.second = mergedSpans(second);
    std::vector<std::tuple<double, int, int>> candidates;
    size_t lo = 0;
    for (size_t i = 0; i < m.first.size(); ++i) {
        while (lo < m.second.size() && m.second[lo].end <= m.first[i].start)
            ++lo;
        for (size_t j = lo; j < m.second.size() && m.second[j].start < m.first[i].end; ++j) {
            const double r = overlapRatio(m.first[i], m.second[j]);
            if (r > 0 && r >= threshold)
                candidates.emplace_back(r, int(i), int(j));
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b)
                                                : std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
    });
    std::vector<char> usedA(m.first.size(), 0), usedB(m.second.size(), 0);
    for (const auto& [r, i, j] : candidates) {
        if (usedA[i] || usedB[j])
            continue;
        usedA[i] = usedB[j] = 1;
        m.pairs.emplace_back(i, j);
    }
    std::sort(m.pairs.begin(), m.pairs.end());
    for (size_t i = 0; i < usedA.size(); ++i)
        if (!usedA[i])
            m.onlyFirst.push_back(int(i));
    for (size_t j = 0; j < usedB.size(); ++j)
        if (!usedB[j])
            m.onlySecond.push_back(int(j));
    return m;
}

}  // namespace thema::agreement
