#include "runsuite.h"

#include "shared.h"

#include <doctest/doctest.h>

#include <QtGlobal>

#include <cstdio>

namespace thema::test {

int runSuite(int argc, char** argv)
{
    doctest::Context context(argc, argv);
    const int rc = context.run();
    if (rc == 0 && qEnvironmentVariableIntValue("THEMA_SHARED_SUITE") == 1 && sharedDir().isEmpty()) {
        std::fprintf(stderr, "skipped: the cases above need ../shared (corpus, REFI samples, published vectors), "
                             "which is absent beside the source tree\n");
        return 77;
    }
    return rc;
}

}  // namespace thema::test
