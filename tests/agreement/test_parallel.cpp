// agreement::forEachIndex: every index once, results in their own slots, the first failure rethrown.
#include "agreement/parallel.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

using namespace thema::agreement;

TEST_CASE("forEachIndex runs the body once for every index, each writing its own slot")
{
    std::vector<int> out(1000, -1);
    forEachIndex(int(out.size()), [&](int i) { out[size_t(i)] = i * i; });
    for (int i : {0, 1, 2, 499, 998, 999})
        CHECK(out[size_t(i)] == i * i);
    CHECK(std::count(out.begin(), out.end(), -1) == 0);
    int calls = 0;
    forEachIndex(0, [&](int) { ++calls; });
    forEachIndex(1, [&](int) { ++calls; });
    CHECK(calls == 1);
}

TEST_CASE("forEachIndex rethrows a failure of the body once both threads are done")
{
    CHECK_THROWS_WITH_AS(forEachIndex(100, [](int i) {
                             if (i == 37)
                                 throw std::runtime_error("index 37 failed");
                         }),
                         "index 37 failed", std::runtime_error);
}
