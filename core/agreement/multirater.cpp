#include "agreement/multirater.h"

#include "agreement/twocoder.h"

namespace thema::agreement {

namespace multi {
namespace {

struct Parts {
    double po = 0;
    std::vector<double> pi;
    double rated = 0, pairable = 0;
    int q = 0;
};

Parts parts(const CategoryCounts& r, const Matrix& w)
{
    Parts p;
    p.q = r.counts.empty() ? int(w.size()) : int(r.counts.front().size());
    p.pi.assign(p.q, 0.0);
    double sum = 0;
    for (size_t i = 0; i < r.counts.size(); ++i) {
        const auto& row = r.counts[i];
        const double m = r.weightOf(i);
        double ri = 0;
        for (double v : row)
            ri += v;
        if (ri < 1 || m <= 0)
            continue;
        p.rated += m;
        for (int k = 0; k < p.q; ++k)
            p.pi[k] += m * row[k] / ri;
        if (ri < 2)
            continue;
        p.pairable += m;
        double agree = 0;
        for (int k = 0; k < p.q; ++k) {
            double star = 0;
            for (int l = 0; l < p.q; ++l)
                star += w[k][l] * row[l];
            agree += row[k] * (star - 1);
        }
        sum += m * agree / (ri * (ri - 1));
    }
    for (double& v : p.pi)
        v = p.rated > 0 ? v / p.rated : 0;
    p.po = p.pairable > 0 ? sum / p.pairable : 0;
    return p;
}

Coefficient finish(const Parts& p, double pe)
{
    Coefficient c = makeCoefficient(p.po, pe);
    if (p.pairable <= 0)
        c.value.reset();
    return c;
}

double weightTotal(const Matrix& w)
{
    double t = 0;
    for (const auto& row : w)
        for (double v : row)
            t += v;
    return t;
}

}  // namespace

Coefficient percentAgreement(const CategoryCounts& r, const Matrix& weights)
{
    const Parts p = parts(r, weights);
    Coefficient c;
    c.observed = p.po;
    if (p.pairable > 0)
        c.value = p.po;
    return c;
}

Coefficient fleissKappa(const CategoryCounts& r, const Matrix& weights)
{
    const Parts p = parts(r, weights);
    double pe = 0;
    for (int k = 0; k < p.q; ++k)
        for (int l = 0; l < p.q; ++l)
            pe += weights[k][l] * p.pi[k] * p.pi[l];
    return finish(p, pe);
}

Coefficient gwetAc(const CategoryCounts& r, const Matrix& weights)
{
    const Parts p = parts(r, weights);
    if (p.q < 2)
        return finish(p, 1.0);
    double spread = 0;
    for (double v : p.pi)
        spread += v * (1 - v);
    return finish(p, weightTotal(weights) / (p.q * (p.q - 1.0)) * spread);
}

Coefficient brennanPrediger(const CategoryCounts& r, const Matrix& weights)
{
    const Parts p = parts(r, weights);
    return finish(p, p.q > 0 ? weightTotal(weights) / (double(p.q) * p.q) : 1.0);
}

Coefficient congerKappa(const RatingsTable& table, const Matrix& weights)
{
    const Parts p = parts(categoryCountsOf(table), weights);
    const int q = p.q, raters = table.coderCount();
    if (raters < 2)
        return finish(p, 1.0);
    Matrix share = table.coderCounts();  // p_gk: coder g's share of its own values in category k
    for (auto& row : share) {
        double n = 0;
        for (double v : row)
            n += v;
        for (double& v : row)
            v = n > 0 ? v / n : 0;
    }
    std::vector<double> mean(q, 0.0);
    for (const auto& row : share)
        for (int k = 0; k < q; ++k)
            mean[k] += row[k] / raters;
    double pe = 0;
    for (int k = 0; k < q; ++k)
        for (int l = 0; l < q; ++l) {
            double cov = 0;
            for (const auto& row : share)
                cov += (row[k] - mean[k]) * (row[l] - mean[l]);
            cov /= raters - 1;
            pe += weights[k][l] * (mean[k] * mean[l] - cov / raters);
        }
    return finish(p, pe);
}

Coefficient lightKappa(const RatingsTable& table, const Matrix& weights)
{
    double sum = 0, po = 0, pe = 0;
    int pairs = 0;
    for (int a = 0; a < table.coderCount(); ++a)
        for (int b = a + 1; b < table.coderCount(); ++b) {
            const Coefficient k = table::cohenKappa(table.contingency(a, b), weights);
            if (!k.value)
                continue;
            sum += *k.value;
            po += k.observed;
            pe += k.expected;
            ++pairs;
        }
    Coefficient c;
    c.pairs = pairs;
    c.ofPairs = table.coderCount() * (table.coderCount() - 1) / 2;
    if (pairs > 0) {
        c.value = sum / pairs;
        c.observed = po / pairs;
        c.expected = pe / pairs;
    }
    return c;
}

std::vector<std::optional<double>> fleissPerCategory(const CategoryCounts& r)
{
    const int q = r.counts.empty() ? 0 : int(r.counts.front().size());
    std::vector<double> disagree(q, 0.0), total(q, 0.0);
    double values = 0;
    for (size_t i = 0; i < r.counts.size(); ++i) {
        double ri = 0;
        for (double v : r.counts[i])
            ri += v;
        if (ri < 2)
            continue;
        const double m = r.weightOf(i);
        values += m * ri;
        for (int k = 0; k < q; ++k) {
            const double n = r.counts[i][k];
            disagree[k] += m * n * (ri - n) / (ri - 1);
            total[k] += m * n;
        }
    }
    std::vector<std::optional<double>> out(q);
    for (int k = 0; k < q; ++k) {
        const double pj = values > 0 ? total[k] / values : 0;
        const double den = values * pj * (1 - pj);
        if (den > 1e-12)
            out[k] = 1 - disagree[k] / den;
    }
    return out;
}

std::vector<std::optional<double>> unitAgreement(const CategoryCounts& r)
{
    std::vector<std::optional<double>> out;
    for (const auto& row : r.counts) {
        double ri = 0, same = 0;
        for (double v : row) {
            ri += v;
            same += v * (v - 1);
        }
        out.push_back(ri >= 2 ? std::optional<double>(same / (ri * (ri - 1))) : std::nullopt);
    }
    return out;
}

}  // namespace multi
}  // namespace thema::agreement
