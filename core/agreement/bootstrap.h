#pragma once

#include "agreement/krippendorff.h"

#include <functional>

namespace thema::agreement {

/** A percentile bootstrap interval. */
struct Interval {
    double low = 0;
    double high = 0;
    int samples = 0;          ///< resamples that gave a defined value
    double confidence = 0.95;
    quint64 seed = 0;
};

/** Resampling settings; the same seed gives the same interval on every run, machine and standard library (agreement/random.h). */
struct BootstrapOptions {
    int samples = 1000;
    quint64 seed = 20160501;
    double confidence = 0.95;
};

/**
 * α's interval from resampling units with replacement (rows with multiplicity are drawn as a multinomial).
 * Empty when fewer than 10 resamples give a defined α.
 */
std::optional<Interval> bootstrapAlpha(const RatingsTable& table, Level level, const BootstrapOptions& options = {});

/**
 * An interval from resampling clusters (e.g. sources) with replacement: @p statistic gets how many times each
 * cluster was drawn and returns the statistic of that resample (empty when undefined).
 */
std::optional<Interval> bootstrapClusters(int clusters, const std::function<std::optional<double>(const std::vector<int>&)>& statistic,
                                          const BootstrapOptions& options = {});

/**
 * Draws the resamples bootstrapClusters() draws, in the same order from the same stream, and hands each to
 * @p visit (how many times each cluster was drawn), so that several statistics over the same clusters (every code
 * and the pooled figure) share one pass. Nothing below 2 clusters.
 */
void forEachClusterResample(int clusters, const BootstrapOptions& options, const std::function<void(const std::vector<int>&)>& visit);

/** The percentile interval of the defined values among one statistic's values over the resamples (empty below 10). */
std::optional<Interval> percentileInterval(std::vector<double> values, const BootstrapOptions& options);

/** How many different resamples @p clusters clusters allow (multisets: C(2k − 1, k)); capped at 1,000,000. */
qint64 distinctResamples(int clusters);

/**
 * A warning for the report when a cluster bootstrap over @p clusters sources has too few distinct resamples
 * (under 100: four sources or fewer) to give a meaningful interval — e.g. 3 sources give 10; empty otherwise.
 */
QString fewClustersWarning(int clusters);

}  // namespace thema::agreement
