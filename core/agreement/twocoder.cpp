#include "agreement/twocoder.h"

#include <algorithm>
#include <cmath>

namespace thema::agreement::table {
namespace {

/** Cell shares and margins of a contingency table. */
struct Shares {
    int q = 0;
    double n = 0;
    Matrix p;
    std::vector<double> row, col, pi;
};

Shares shares(const Matrix& counts)
{
    Shares s;
    s.q = int(counts.size());
    for (const auto& r : counts)
        for (double v : r)
            s.n += v;
    s.p.assign(s.q, std::vector<double>(s.q, 0.0));
    s.row.assign(s.q, 0.0);
    s.col.assign(s.q, 0.0);
    s.pi.assign(s.q, 0.0);
    if (s.n <= 0)
        return s;
    for (int k = 0; k < s.q; ++k)
        for (int l = 0; l < s.q; ++l) {
            s.p[k][l] = counts[k][l] / s.n;
            s.row[k] += s.p[k][l];
            s.col[l] += s.p[k][l];
        }
    for (int k = 0; k < s.q; ++k)
        s.pi[k] = (s.row[k] + s.col[k]) / 2;
    return s;
}

double observed(const Shares& s, const Matrix& w)
{
    double po = 0;
    for (int k = 0; k < s.q; ++k)
        for (int l = 0; l < s.q; ++l)
            po += w[k][l] * s.p[k][l];
    return po;
}

double weightTotal(const Matrix& w)
{
    double t = 0;
    for (const auto& r : w)
        for (double v : r)
            t += v;
    return t;
}

Coefficient undefinedIfEmpty(const Shares& s, Coefficient c)
{
    if (s.n <= 0)
        c.value.reset();
    return c;
}

}  // namespace

Coefficient percentAgreement(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    Coefficient c;
    c.observed = observed(s, weights);
    if (s.n > 0)
        c.value = c.observed;
    return c;
}

Coefficient cohenKappa(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    double pe = 0;
    for (int k = 0; k < s.q; ++k)
        for (int l = 0; l < s.q; ++l)
            pe += weights[k][l] * s.row[k] * s.col[l];
    return undefinedIfEmpty(s, makeCoefficient(observed(s, weights), pe));
}

Coefficient scottPi(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    double pe = 0;
    for (int k = 0; k < s.q; ++k)
        for (int l = 0; l < s.q; ++l)
            pe += weights[k][l] * s.pi[k] * s.pi[l];
    return undefinedIfEmpty(s, makeCoefficient(observed(s, weights), pe));
}

Coefficient gwetAc(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    if (s.q < 2)
        return undefinedIfEmpty(s, makeCoefficient(observed(s, weights), 1.0));
    double spread = 0;
    for (double p : s.pi)
        spread += p * (1 - p);
    const double pe = weightTotal(weights) / (s.q * (s.q - 1.0)) * spread;
    return undefinedIfEmpty(s, makeCoefficient(observed(s, weights), pe));
}

Coefficient brennanPrediger(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    const double pe = s.q > 0 ? weightTotal(weights) / (double(s.q) * s.q) : 1.0;
    return undefinedIfEmpty(s, makeCoefficient(observed(s, weights), pe));
}

Coefficient kappaMax(const Matrix& counts)
{
    const Shares s = shares(counts);
    double pmax = 0, pe = 0;
    for (int k = 0; k < s.q; ++k) {
        pmax += std::min(s.row[k], s.col[k]);
        pe += s.row[k] * s.col[k];
    }
    return undefinedIfEmpty(s, makeCoefficient(pmax, pe));
}

std::optional<double> kappaAse(const Matrix& counts, const Matrix& weights)
{
    const Shares s = shares(counts);
    const Coefficient k = cohenKappa(counts, weights);
    if (!k.value || s.n <= 0)
        return std::nullopt;
    const double kw = *k.value, pe = k.expected;
    std::vector<double> wRow(s.q, 0.0), wCol(s.q, 0.0);  // w̄_i· = Σ_j p_+j w_ij, w̄_·j = Σ_i p_i+ w_ij
    for (int i = 0; i < s.q; ++i)
        for (int j = 0; j < s.q; ++j) {
            wRow[i] += s.col[j] * weights[i][j];
            wCol[j] += s.row[i] * weights[i][j];
        }
    double sum = 0;
    for (int i = 0; i < s.q; ++i)
        for (int j = 0; j < s.q; ++j) {
            const double d = weights[i][j] - (wRow[i] + wCol[j]) * (1 - kw);
            sum += s.p[i][j] * d * d;
        }
    const double tail = kw - pe * (1 - kw);
    const double var = (sum - tail * tail) / ((1 - pe) * (1 - pe) * s.n);
    return var >= 0 ? std::optional<double>(std::sqrt(var)) : std::nullopt;
}

}  // namespace thema::agreement::table
