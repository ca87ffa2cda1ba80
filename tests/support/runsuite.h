#pragma once

namespace thema::test {

/**
 * Runs the doctest cases selected by argv. When ctest runs a suite's "shared" half (THEMA_SHARED_SUITE=1 in its
 * environment) and ../shared is absent, every case was skipped: returns 77, which ctest reports as Skipped.
 */
int runSuite(int argc, char** argv);

}  // namespace thema::test
