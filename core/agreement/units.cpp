#include "agreement/units.h"

#include <algorithm>
#include <bit>

namespace thema::agreement {
namespace {

std::vector<Span> merged(std::vector<Span> spans, qint64 length)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> out;
    for (Span s : spans) {
        s.start = std::max<qint64>(0, s.start);
        if (length >= 0)
            s.end = std::min(s.end, length);
        if (s.isEmpty())
            continue;
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

}  // namespace

PatternCounts characterPatterns(qint64 length, const std::vector<std::vector<Span>>& spansByCoder)
{
    struct Event {
        qint64 pos;
        int coder;
        bool open;
    };
    std::vector<Event> events;
    for (size_t c = 0; c < spansByCoder.size(); ++c)
        for (const Span& s : merged(spansByCoder[c], length)) {
            events.push_back({s.start, int(c), true});
            events.push_back({s.end, int(c), false});
        }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });
    PatternCounts out;
    quint64 mask = 0;
    qint64 pos = 0;
    for (const Event& e : events) {
        if (e.pos > pos)
            out[mask] += double(e.pos - pos);
        pos = e.pos;
        if (e.open)
            mask |= quint64(1) << e.coder;
        else
            mask &= ~(quint64(1) << e.coder);
    }
    if (length > pos)
        out[mask] += double(length - pos);
    return out;
}

bool unitsInOrder(const std::vector<Span>& units)
{
    return std::adjacent_find(units.begin(), units.end(), [](const Span& a, const Span& b) { return b.start < a.start || b.end < a.end; }) ==
           units.end();
}

PatternCounts unitPatterns(const std::vector<Span>& units, const std::vector<std::vector<Span>>& spansByCoder)
{
    return unitPatterns(units, spansByCoder, unitsInOrder(units));
}

PatternCounts unitPatterns(const std::vector<Span>& units, const std::vector<std::vector<Span>>& spansByCoder, bool inOrder)
{
    std::vector<std::vector<Span>> coders;
    for (const auto& spans : spansByCoder)
        coders.push_back(merged(spans, -1));
    if (inOrder) {
        // Units in order (starts and ends both rising): the units a span touches (end > span start, start < span
        // end) are one run of indices, so each coder's coded units are index ranges, and counting masks over index
        // ranges is counting them over characters: the work grows with the codings, not with the text.
        std::vector<std::vector<Span>> ranges(coders.size());
        for (size_t c = 0; c < coders.size(); ++c)
            for (const Span& s : coders[c]) {
                const auto from = std::partition_point(units.begin(), units.end(), [&](const Span& u) { return u.end <= s.start; });
                const auto to = std::partition_point(from, units.end(), [&](const Span& u) { return u.start < s.end; });
                if (from < to)
                    ranges[c].push_back({qint64(from - units.begin()), qint64(to - units.begin())});
            }
        return characterPatterns(qint64(units.size()), ranges);
    }
    PatternCounts out;
    for (const Span& u : units) {
        quint64 mask = 0;
        for (size_t c = 0; c < coders.size(); ++c) {
            const auto& s = coders[c];
            const auto it = std::upper_bound(s.begin(), s.end(), u.start, [](qint64 pos, const Span& x) { return pos < x.end; });
            if (it != s.end() && it->start < u.end)
                mask |= quint64(1) << c;
        }
        out[mask] += 1;
    }
    return out;
}

void addPatterns(PatternCounts& into, const PatternCounts& more)
{
    for (const auto& [mask, count] : more)
        into[mask] += count;
}

RatingsTable binaryTable(const PatternCounts& patterns, const QStringList& coders)
{
    RatingsTable t;
    t.coders = coders;
    t.categories = {QStringLiteral("0"), QStringLiteral("1")};
    t.scores = {0, 1};
    t.numeric = true;
    for (const auto& [mask, count] : patterns) {
        std::vector<int> row(coders.size());
        for (int c = 0; c < coders.size(); ++c)
            row[c] = (mask >> c) & 1 ? 1 : 0;
        t.addRow(std::move(row), count);
    }
    return t;
}

Matrix binaryCoincidences(const PatternCounts& patterns, int coders)
{
    Matrix o(2, std::vector<double>(2, 0.0));
    if (coders < 2)
        return o;
    for (const auto& [mask, count] : patterns) {
        const double ones = std::popcount(mask), zeros = coders - ones;
        const double f = count / (coders - 1);
        o[1][1] += f * ones * (ones - 1);
        o[0][0] += f * zeros * (zeros - 1);
        o[0][1] += f * ones * zeros;
        o[1][0] += f * ones * zeros;
    }
    return o;
}

}  // namespace thema::agreement
