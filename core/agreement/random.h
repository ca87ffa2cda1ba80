#pragma once

#include <QtGlobal>

namespace thema::agreement {

/**
 * The bootstrap's random numbers, written here rather than taken from <random>: the standard fixes
 * std::mt19937_64's sequence but not how its distributions turn it into numbers, so the same seed gave
 * different intervals with libstdc++ and libc++. Generator: xoshiro256** (Blackman & Vigna) seeded by
 * splitmix64. Every draw below is defined here and uses only + − × ÷, sqrt, log, cos and pow.
 */
class Random {
public:
    explicit Random(quint64 seed);
    /** 64 random bits. */
    quint64 next();
    /** A double uniform in [0, 1), 53 random bits. */
    double uniform();
    /** An integer uniform in [0, n) for n ≥ 1, without modulo bias. */
    quint64 below(quint64 n);
    /** A standard normal draw (Box–Muller, one of the pair). */
    double normal();
    /** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang 2000). */
    double gamma(double shape);
    /**
     * A Binomial(n, p) draw: inversion when few successes or failures are expected (n·min(p, 1−p) < 16);
     * otherwise Knuth's beta splitting (TAOCP 3.4.1) down to that case or to 32 trials, then Bernoulli trials.
     */
    qint64 binomial(qint64 n, double p);

private:
    quint64 m_s[4];
};

}  // namespace thema::agreement
