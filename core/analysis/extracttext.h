#pragma once

#include <QString>

namespace thema {

/**
 * A coded extract as it goes into a table: @p text (the coded span only) with every run of white space
 * (spaces, tabs, line breaks) made one space and the ends trimmed. With @p maxChars > 0 (code points), a longer
 * extract is cut at the last white space that keeps it within the limit, then "…" is added (the ellipsis is
 * not counted); a text with no white space there (Chinese, Japanese, Thai) is cut at the limit itself. A
 * surrogate pair is never split. With @p maxChars <= 0 nothing is cut.
 */
QString normalisedExtract(const QString& text, int maxChars = 0);

/** "P01" → "1", "Participant 11" → "11", "Zoë" → "Zoë": the first run of digits without leading zeros, else the name. */
QString participantNumber(const QString& name);

}  // namespace thema
