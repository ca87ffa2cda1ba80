#pragma once

#include <QString>

namespace thema {

/**
 * @p raw as a one-line name: line breaks, tabs and runs of white space become one space, the ends are trimmed,
 * and other control characters (C0, DEL, C1) are dropped. Codes are named this way (see ProjectStore::addCode).
 */
QString singleLineName(const QString& raw);

}  // namespace thema
