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

/** Put at the top of a test case that reads ../shared: it returns early, with a message, when it is absent. */
#define THEMA_REQUIRE_SHARED()                                                                \
    do {                                                                                      \
        if (thema::test::sharedDir().isEmpty()) {                                             \
            MESSAGE("skipped: ../shared is absent, so this test's real inputs are missing");  \
            return;                                                                           \
        }                                                                                     \
    } while (false)
