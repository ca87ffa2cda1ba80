#include "agreement/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace thema::agreement {
namespace {

std::optional<Interval> percentile(std::vector<double> values, const BootstrapOptions& o)
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

}  // namespace

std::optional<Interval> bootstrapAlpha(const RatingsTable& table, Level level, const BootstrapOptions& options)
{
    std::mt19937_64 rng(options.seed);
    double total = 0;
    for (double m : table.multiplicity)
        total += m;
    const long long n = std::llround(total);
    if (n < 2)
        return std::nullopt;
    const Matrix r = table.categoryCounts();
    std::vector<double> values;
    RatingsTable sample = table;
    for (int s = 0; s < options.samples; ++s) {
        // Multinomial draw of n units over the rows, as sequential binomials.
        long long left = n;
        double mass = total;
        for (size_t i = 0; i < table.rows.size(); ++i) {
            const double p = mass > 0 ? std::clamp(table.multiplicity[i] / mass, 0.0, 1.0) : 0;
            long long k = 0;
            if (left > 0 && p > 0)
                k = p >= 1 ? left : std::binomial_distribution<long long>(left, p)(rng);
            sample.multiplicity[i] = double(k);
            left -= k;
            mass -= table.multiplicity[i];
        }
        const AlphaResult a = krippendorffAlpha(sample, level);
        if (a.alpha)
            values.push_back(*a.alpha);
    }
    return percentile(std::move(values), options);
}

std::optional<Interval> bootstrapClusters(int clusters, const std::function<std::optional<double>(const std::vector<int>&)>& statistic,
                                          const BootstrapOptions& options)
{
    if (clusters < 2)
        return std::nullopt;
    std::mt19937_64 rng(options.seed);
    std::uniform_int_distribution<int> pick(0, clusters - 1);
    std::vector<double> values;
    std::vector<int> drawn(clusters);
    for (int s = 0; s < options.samples; ++s) {
        std::fill(drawn.begin(), drawn.end(), 0);
        for (int i = 0; i < clusters; ++i)
            ++drawn[pick(rng)];
        if (const auto v = statistic(drawn))
            values.push_back(*v);
    }
    return percentile(std::move(values), options);
}

}  // namespace thema::agreement
