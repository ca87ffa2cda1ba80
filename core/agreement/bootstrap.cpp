#include "agreement/bootstrap.h"

#include "agreement/random.h"
#include "agreement/ratingstable.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace thema::agreement {
std::optional<Interval> percentileInterval(std::vector<double> values, const BootstrapOptions& o)
{
    if (values.size() < 10)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double tail = (1 - o.confidence) / 2;
    const auto at = [&](double p) {
        const double pos = p * double(values.size() - 1);
        const size_t lo = size_t(std::floor(pos)), hi = std::min(values.size() - 1, lo + 1);
        return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
    };
    return Interval{at(tail), at(1 - tail), int(values.size()), o.confidence, o.seed};
}

std::optional<Interval> bootstrapAlpha(const RatingsTable& table, Level level, const BootstrapOptions& options)
{
    Random random(options.seed);
    // A unit adds to the coincidence matrix only through its category counts r_u·, so units with the same counts
    // are one class: a resample draws how many units of each class it takes (a multinomial, as sequential
    // binomials), and its matrix is the classes' contributions times those numbers. With 10 coders and 4
    // categories, 100,000 units fall into a few hundred classes.
    const CategoryCounts counts = categoryCountsOf(table);
    std::map<std::vector<double>, double> classes;
    double total = 0;
    for (size_t u = 0; u < counts.counts.size(); ++u) {
        classes[counts.counts[u]] += counts.weightOf(u);
        total += counts.weightOf(u);
    }
    const long long n = std::llround(total);
    if (n < 2)
        return std::nullopt;
    const int q = table.categoryCount();
    std::vector<double> mass;
    std::vector<Matrix> contribution;  // one unit's coincidences, per class
    for (const auto& [r, weight] : classes) {
        CategoryCounts one{{r}, {}};
        mass.push_back(weight);
        contribution.push_back(coincidences(one));
    }
    std::vector<double> values;
    Matrix o(q, std::vector<double>(q, 0.0));
    for (int s = 0; s < options.samples; ++s) {
        for (auto& row : o)
            std::fill(row.begin(), row.end(), 0.0);
        long long left = n;
        double rest = total;
        for (size_t i = 0; i < mass.size() && left > 0; ++i) {
            const double p = rest > 0 ? std::clamp(mass[i] / rest, 0.0, 1.0) : 0;
            const long long k = p >= 1 ? left : random.binomial(left, p);
            left -= k;
            rest -= mass[i];
            if (k == 0)
                continue;
            for (int c = 0; c < q; ++c)
                for (int d = 0; d < q; ++d)
                    o[c][d] += double(k) * contribution[i][c][d];
        }
        const AlphaResult a = krippendorffAlpha(o, differences(level, o, table.scores));
        if (a.alpha)
            values.push_back(*a.alpha);
    }
    return percentileInterval(std::move(values), options);
}

std::optional<Interval> bootstrapClusters(int clusters, const std::function<std::optional<double>(const std::vector<int>&)>& statistic,
                                          const BootstrapOptions& options)
{
    if (clusters < 2)
        return std::nullopt;
    std::vector<double> values;
    forEachClusterResample(clusters, options, [&](const std::vector<int>& drawn) {
        if (const auto v = statistic(drawn))
            values.push_back(*v);
    });
    return percentileInterval(std::move(values), options);
}

void forEachClusterResample(int clusters, const BootstrapOptions& options, const std::function<void(const std::vector<int>&)>& visit)
{
    if (clusters < 2)
        return;
    Random random(options.seed);
    std::vector<int> drawn(static_cast<size_t>(clusters));
    for (int s = 0; s < options.samples; ++s) {
        std::fill(drawn.begin(), drawn.end(), 0);
        for (int i = 0; i < clusters; ++i)
            ++drawn[size_t(random.below(quint64(clusters)))];
        visit(drawn);
    }
}

qint64 distinctResamples(int clusters)
{
    // C(2k − 1, k), built up as a product that stays whole at every step: C(k − 1 + i, i) for i = 1..k.
    qint64 c = 1;
    for (int i = 1; i <= clusters; ++i) {
        c = c * (clusters - 1 + i) / i;
        if (c > 1000000)
            return 1000000;
    }
    return clusters > 0 ? c : 0;
}

QString fewClustersWarning(int clusters)
{
    if (clusters < 2 || distinctResamples(clusters) >= 100)
        return {};
    return QStringLiteral("Too few sources for a meaningful bootstrap interval: %1 sources allow only %2 distinct resamples, so the "
                          "intervals shown are rough at best; add sources or report the coefficients without intervals.")
        .arg(clusters)
        .arg(distinctResamples(clusters));
}

}  // namespace thema::agreement
