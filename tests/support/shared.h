#pragma once

#include <QString>

namespace thema::test {

/** Absolute path of ../shared beside the source tree, or an empty string when it is absent. */
QString sharedDir();

/** Path of a file below ../shared (e.g. "corpus/txt/x.txt"); empty when ../shared is absent. */
QString sharedPath(const QString& relative);

/** A fresh temporary directory that lives until the process ends. */
QString tempDir();

}  // namespace thema::test

/**
 * Decorator for a test case that reads ../shared: `TEST_CASE("name" * THEMA_NEEDS_SHARED)`. When ../shared is
 * absent the case is reported as skipped (doctest's skip), never as passed. These cases form the test suite
 * "shared", which ctest runs as a test of its own (NAME_shared); it reports Skipped when ../shared is absent.
 * Needs <doctest/doctest.h> before this header.
 */
#define THEMA_NEEDS_SHARED doctest::skip(thema::test::sharedDir().isEmpty()) * doctest::test_suite("shared")
