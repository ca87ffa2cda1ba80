#include "agreement/unitizing1995.h"

#include <algorithm>

namespace thema::agreement {
namespace {

struct Section {
    qint64 b = 0, e = 0;
    bool unit = false;
    qint64 length() const { return e - b; }
};

std::vector<Section> sectionsOf(const std::vector<MarkedUnit>& units, int coder, qint64 begin, qint64 length)
{
    std::vector<Section> mine;
    for (const MarkedUnit& u : units)
        if (u.coder == coder)
            mine.push_back({u.begin, u.begin + u.length, true});
    std::sort(mine.begin(), mine.end(), [](const Section& a, const Section& b) { return a.b < b.b; });
    std::vector<Section> out;
    qint64 pos = begin;
    for (const Section& s : mine) {
        if (s.b > pos)
            out.push_back({pos, s.b, false});
        out.push_back(s);
        pos = std::max(pos, s.e);
    }
    if (begin + length > pos)
        out.push_back({pos, begin + length, false});
    return out;
}

}  // namespace

UnitizingResult unitizingAlpha1995(const std::vector<MarkedUnit>& units, int coders, qint64 begin, qint64 length)
{
    UnitizingResult r;
    if (coders < 2 || length <= 0)
        return r;
    std::vector<std::vector<Section>> sections;
    for (int c = 0; c < coders; ++c)
        sections.push_back(sectionsOf(units, c, begin, length));
    const double L = double(length), m = coders;

    double sum = 0;
    for (int i = 0; i < coders; ++i)
        for (int j = i + 1; j < coders; ++j)
            for (const Section& g : sections[i])
                for (const Section& h : sections[j]) {
                    if (g.e <= h.b || h.e <= g.b)
                        continue;
                    if (g.unit && h.unit) {
                        const double db = double(g.b - h.b), de = double(g.e - h.e);
                        sum += db * db + de * de;
                    } else if (g.unit && !h.unit && g.b >= h.b && g.e <= h.e) {
                        sum += double(g.length()) * g.length();
                    } else if (h.unit && !g.unit && h.b >= g.b && h.e <= g.e) {
                        sum += double(h.length()) * h.length();
                    }
                }
    r.observedDisagreement = 2.0 / (m * (m - 1) * L * L) * sum;

    const double unitCount = double(units.size());
    double numerator = 0, lengthTerm = 0;
    for (const MarkedUnit& u : units) {
        const double l = double(u.length);
        double gapTerm = 0;
        for (const auto& coderSections : sections)
            for (const Section& s : coderSections)
                if (!s.unit && s.length() >= u.length)
                    gapTerm += double(s.length()) - l + 1;
        numerator += (unitCount - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * gapTerm;
        lengthTerm += l * (l - 1);
    }
    const double denominator = m * L * (m * L - 1) - lengthTerm;
    r.expectedDisagreement = denominator > 0 ? 2.0 / L * numerator / denominator : 0;
    if (r.expectedDisagreement > 1e-15)
        r.alpha = 1 - r.observedDisagreement / r.expectedDisagreement;
    return r;
}

}  // namespace thema::agreement
