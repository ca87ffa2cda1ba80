// The bootstrap's own random numbers: the generator matches the published xoshiro256**/splitmix64 sequence, and
// the binomial draws have the right mean and variance on each of their paths.
#include "agreement/bootstrap.h"
#include "agreement/random.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace thema::agreement;

TEST_CASE("Random: xoshiro256** seeded by splitmix64 gives the reference sequence for seed 0")
{
    // splitmix64(0) = e220a8397b1dcdaf 6e789e6aa1b965f4 06c45d188009454f f88bb8a8724c81ec (Vigna's reference); the
    // first xoshiro256** outputs from that state, worked out by hand from the published algorithm:
    Random r(0);
    CHECK(r.next() == 0x99ec5f36cb75f2b4ull);
    CHECK(r.next() == 0xbf6e1f784956452aull);
    CHECK(r.next() == 0x1a5f849d4933e6e0ull);
}

TEST_CASE("Random: binomial draws have mean np and variance np(1-p) on the inversion, splitting and trial paths")
{
    struct Case {
        qint64 n;
        double p;
    };
    for (const Case c : {Case{20, 0.3}, Case{1000, 0.005}, Case{1000, 0.995}, Case{1000, 0.3}, Case{100000, 0.5}}) {
        Random r(20160501);
        const int draws = 20000;
        double sum = 0, squares = 0;
        for (int i = 0; i < draws; ++i) {
            const qint64 k = r.binomial(c.n, c.p);
            REQUIRE(k >= 0);
            REQUIRE(k <= c.n);
            sum += double(k);
            squares += double(k) * double(k);
        }
        const double mean = sum / draws, variance = squares / draws - mean * mean;
        const double np = double(c.n) * c.p, npq = np * (1 - c.p);
        CAPTURE(c.n);
        CAPTURE(c.p);
        CHECK(std::abs(mean - np) < 4 * std::sqrt(npq / draws));  // four standard errors
        CHECK(variance == doctest::Approx(npq).epsilon(0.05));
    }
}

TEST_CASE("bootstrap of clusters: a seed gives the same interval twice, another seed another one")
{
    const auto statistic = [](const std::vector<int>& drawn) -> std::optional<double> {
        double s = 0;
        for (size_t i = 0; i < drawn.size(); ++i)
            s += double(drawn[i]) * double(i);
        return s;
    };
    const auto a = bootstrapClusters(12, statistic, BootstrapOptions{500, 1, 0.95});
    const auto b = bootstrapClusters(12, statistic, BootstrapOptions{500, 1, 0.95});
    const auto c = bootstrapClusters(12, statistic, BootstrapOptions{500, 2, 0.95});
    REQUIRE(a);
    REQUIRE(c);
    CHECK(a->low == b->low);
    CHECK(a->high == b->high);
    CHECK((a->low != c->low || a->high != c->high));
    // The statistic's expectation is 12 × 5.5 = 66: the interval lies around it.
    CHECK(a->low < 66);
    CHECK(a->high > 66);
}

TEST_CASE("the source bootstrap warns when there are too few sources for distinct resamples")
{
    // Multisets of k sources drawn from k: C(2k-1, k) = 1, 3, 10, 35, 126 for k = 1..5.
    CHECK(distinctResamples(1) == 1);
    CHECK(distinctResamples(2) == 3);
    CHECK(distinctResamples(3) == 10);
    CHECK(distinctResamples(4) == 35);
    CHECK(distinctResamples(5) == 126);
    CHECK(distinctResamples(40) == 1000000);  // capped
    CHECK(fewClustersWarning(3).contains(QStringLiteral("3 sources allow only 10 distinct resamples")));
    CHECK(fewClustersWarning(4).contains(QStringLiteral("only 35 distinct")));
    CHECK(fewClustersWarning(5).isEmpty());
}
