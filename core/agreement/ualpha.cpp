#include "agreement/ualpha.h"

#include <algorithm>

namespace thema::agreement {
namespace {

/** 1 − Σ_{c≠k} l / Σ_{c≠k} e with e_ck = l··(l_c l_k − [c=k]W_c)/(l··² − ΣW); fills the sums. */
std::optional<double> alphaOf(const Matrix& l, const std::vector<double>& w, double& observed, double& expected)
{
    const size_t q = l.size();
    std::vector<double> margin(q, 0.0);
    double total = 0, sumW = 0, diagonal = 0;
    for (size_t c = 0; c < q; ++c) {
        for (size_t k = 0; k < q; ++k)
            margin[c] += l[c][k];
        total += margin[c];
        sumW += w[c];
        diagonal += l[c][c];
    }
    observed = total - diagonal;
    double squares = 0;
    for (double m : margin)
        squares += m * m;
    const double den = total * total - sumW;
    expected = den > 0 ? total * (total * total - squares) / den : 0;
    if (expected <= 1e-12)
        return std::nullopt;
    return 1 - observed / expected;
}

}  // namespace

UnitizedParts& UnitizedParts::operator+=(const UnitizedParts& o)
{
    addScaled(o, 1.0);
    return *this;
}

void UnitizedParts::addScaled(const UnitizedParts& o, double times)
{
    if (l.empty()) {
        l.assign(o.l.size(), std::vector<double>(o.l.size(), 0.0));
        w.assign(o.w.size(), 0.0);
        wStar.assign(o.wStar.size(), 0.0);
    }
    for (size_t c = 0; c < l.size() && c < o.l.size(); ++c) {
        for (size_t k = 0; k < l.size() && k < o.l.size(); ++k)
            l[c][k] += times * o.l[c][k];
        w[c] += times * o.w[c];
        wStar[c] += times * o.wStar[c];
    }
    wGap += times * o.wGap;
    wValued += times * o.wValued;
}

UnitizedParts unitizedParts(const std::vector<std::vector<Segment>>& partitions, int values)
{
    UnitizedParts r;
    const int m = int(partitions.size());
    const int q = values + 1;  // index 0 = φ
    r.l.assign(q, std::vector<double>(q, 0.0));
    r.w.assign(q, 0.0);
    r.wStar.assign(q, 0.0);
    if (m < 2)
        return r;
    // ℓ*_ig: each valued segment's overlap with other coders' valued segments, summed over coders.
    std::vector<std::vector<double>> own(m);
    for (int i = 0; i < m; ++i)
        own[i].assign(partitions[i].size(), 0.0);
    for (int i = 0; i < m; ++i)
        for (int j = i + 1; j < m; ++j) {
            const auto& a = partitions[i];
            const auto& b = partitions[j];
            size_t x = 0, y = 0;
            while (x < a.size() && y < b.size()) {
                const qint64 overlap = std::min(a[x].end, b[y].end) - std::max(a[x].start, b[y].start);
                if (overlap > 0) {
                    const int c = a[x].value + 1, k = b[y].value + 1;
                    r.l[c][k] += overlap;
                    r.l[k][c] += overlap;
                    if (c > 0 && k > 0) {
                        own[i][x] += overlap;
                        own[j][y] += overlap;
                    }
                }
                if (a[x].end <= b[y].end)
                    ++x;
                else
                    ++y;
            }
        }
    for (auto& row : r.l)
        for (double& v : row)
            v /= m - 1;
    for (int i = 0; i < m; ++i)
        for (size_t g = 0; g < partitions[i].size(); ++g) {
            const Segment& s = partitions[i][g];
            const double len = double(s.length());
            if (s.value == Segment::kGap) {
                r.w[0] += len;
                r.wGap += len;
            } else {
                r.w[s.value + 1] += len * len;
                r.wValued += len * len;
                const double star = own[i][g] / (m - 1);
                r.wStar[s.value + 1] += star * star;
            }
        }
    return r;
}

UnitizedAlpha unitizedAlpha(const UnitizedParts& p)
{
    UnitizedAlpha r;
    r.coincidences = p.l;
    const int q = int(p.l.size());
    if (q == 0)
        return r;
    r.uAlpha = alphaOf(p.l, p.w, r.observed, r.expected);
    Matrix binary(2, std::vector<double>(2, 0.0));
    for (int c = 0; c < q; ++c)
        for (int k = 0; k < q; ++k)
            binary[c > 0][k > 0] += p.l[c][k];
    r.binaryUAlpha = alphaOf(binary, {p.wGap, p.wValued}, r.binaryObserved, r.binaryExpected);
    const int values = q - 1;
    Matrix valued(values, std::vector<double>(values, 0.0));
    std::vector<double> used(values, 0.0);
    for (int c = 0; c < values; ++c)
        for (int k = 0; k < values; ++k) {
            valued[c][k] = p.l[c + 1][k + 1];
            used[c] += valued[c][k];
        }
    const int inUse = int(std::count_if(used.begin(), used.end(), [](double v) { return v > 0; }));
    if (inUse >= 2)
        r.cuAlpha = alphaOf(valued, std::vector<double>(p.wStar.begin() + 1, p.wStar.end()), r.cuObserved, r.cuExpected);
    return r;
}

UnitizedAlpha unitizedAlpha(const std::vector<std::vector<Segment>>& partitions, int values)
{
    return unitizedAlpha(unitizedParts(partitions, values));
}

}  // namespace thema::agreement
