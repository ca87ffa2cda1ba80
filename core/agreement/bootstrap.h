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

/** Resampling settings; the same seed gives the same interval on every run and machine with the same library. */
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

}  // namespace thema::agreement
