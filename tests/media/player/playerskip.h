#pragma once

#include <QString>

namespace thema::test {
/** Why the player cases could not run on this machine (the backend cannot decode); empty when they ran. */
extern QString g_playerSkip;
}
