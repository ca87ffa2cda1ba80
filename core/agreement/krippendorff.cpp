#include "agreement/krippendorff.h"

#include <cmath>

namespace thema::agreement {

std::optional<Level> levelFromName(const QString& name)
{
    for (Level l : {Level::Nominal, Level::Ordinal, Level::Interval, Level::Ratio})
        if (name.trimmed().toLower() == levelName(l))
            return l;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Nominal: return QStringLiteral("nominal");
    case Level::Ordinal: return QStringLiteral("ordinal");
    case Level::Interval: return QStringLiteral("interval");
    case Level::Ratio: return QStringLiteral("ratio");
    }
    return {};
}

Matrix coincidences(const RatingsTable& table)
{
    return coincidences(categoryCountsOf(table));
}

Matrix coincidences(const CategoryCounts& counts)
{
    const Matrix& r = counts.counts;
    const int q = r.empty() ? 0 : int(r.front().size());
    Matrix o(q, std::vector<double>(q, 0.0));
    for (size_t u = 0; u < r.size(); ++u) {
        double mu = 0;
        for (double v : r[u])
            mu += v;
        if (mu < 2)
            continue;
        const double f = counts.weightOf(u) / (mu - 1);
        for (int c = 0; c < q; ++c) {
            if (r[u][c] == 0)
                continue;
            for (int k = 0; k < q; ++k)
                o[c][k] += f * r[u][c] * (r[u][k] - (c == k ? 1 : 0));
        }
    }
    return o;
}

Matrix coincidencesOfContingency(const Matrix& counts)
{
    const size_t q = counts.size();
    Matrix o(q, std::vector<double>(q, 0.0));
    for (size_t c = 0; c < q; ++c)
        for (size_t k = 0; k < q; ++k)
            o[c][k] = counts[c][k] + counts[k][c];
    return o;
}

Matrix differences(Level level, const Matrix& coincidence, const std::vector<double>& scores)
{
    const int q = int(coincidence.size());
    Matrix d(q, std::vector<double>(q, 0.0));
    std::vector<double> n(q, 0.0);
    for (int c = 0; c < q; ++c)
        for (int k = 0; k < q; ++k)
            n[c] += coincidence[c][k];
    for (int c = 0; c < q; ++c)
        for (int k = 0; k < q; ++k) {
            if (c == k)
                continue;
            const double a = scores[c], b = scores[k];
            switch (level) {
            case Level::Nominal: d[c][k] = 1; break;
            case Level::Ordinal: {
                double s = 0;
                for (int g = std::min(c, k); g <= std::max(c, k); ++g)
                    s += n[g];
                s -= (n[c] + n[k]) / 2;
                d[c][k] = s * s;
                break;
            }
            case Level::Interval: d[c][k] = (a - b) * (a - b); break;
            case Level::Ratio: d[c][k] = a + b != 0 ? std::pow((a - b) / (a + b), 2) : 0; break;
            }
        }
    return d;
}

Matrix differencesFromWeights(const Matrix& weights)
{
    Matrix d = weights;
    for (auto& row : d)
        for (double& v : row)
            v = 1 - v;
    return d;
}

AlphaResult krippendorffAlpha(const Matrix& o, const Matrix& delta)
{
    AlphaResult r;
    const int q = int(o.size());
    std::vector<double> nc(q, 0.0);
    double n = 0;
    for (int c = 0; c < q; ++c)
        for (int k = 0; k < q; ++k) {
            nc[c] += o[c][k];
            n += o[c][k];
        }
    r.pairable = n;
    if (n <= 1)
        return r;
    double dO = 0, dE = 0;
    for (int c = 0; c < q; ++c)
        for (int k = 0; k < q; ++k) {
            dO += o[c][k] * delta[c][k];
            dE += nc[c] * nc[k] * delta[c][k];
        }
    r.observedDisagreement = dO / n;
    r.expectedDisagreement = dE / (n * (n - 1));
    r.observed = 1 - r.observedDisagreement * (n - 1) / n;
    r.expected = 1 - r.expectedDisagreement * (n - 1) / n;
    if (r.expectedDisagreement > 1e-12)
        r.alpha = 1 - r.observedDisagreement / r.expectedDisagreement;
    return r;
}

AlphaResult krippendorffAlpha(const RatingsTable& table, Level level)
{
    const Matrix o = coincidences(table);
    return krippendorffAlpha(o, differences(level, o, table.scores));
}

}  // namespace thema::agreement
