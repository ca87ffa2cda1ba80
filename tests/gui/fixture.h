#pragma once

#include <QString>

namespace thema::test {

/**
 * A fresh copy of the demo project (built from samples/ by DemoStudy) in a temporary folder, with "alice"
 * remembered as the current coder so no dialog asks. Returns the project's path.
 */
QString demoProject();
}  // namespace thema::test
