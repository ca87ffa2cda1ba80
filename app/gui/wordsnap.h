#pragma once

#include <QPair>
#include <QString>

namespace thema {

/**
 * Widens [start, end) in UTF-16 units of @p text to whole words (letters, digits, apostrophes and hyphens
 * inside words) and trims surrounding white space, so a sloppy mouse selection codes whole words.
 * Returns the range unchanged when it holds only white space.
 */
QPair<qint64, qint64> snapToWords(const QString& text, qint64 start, qint64 end);

/** A code name made from selected text for in-vivo coding: one line, trimmed, without '/', at most 60 characters. */
QString inVivoName(const QString& selected);

}  // namespace thema
