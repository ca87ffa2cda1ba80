#pragma once

#include <QString>

namespace thema {

/**
 * The text a TranscriptView shows for a source: the source text with a line break in place of one space (or tab)
 * in every line longer than @p limit UTF-16 units, roughly every @p limit units. A QPlainTextEdit lays out a whole
 * block at once, so a 50 MB single-line source froze the GUI; short blocks are laid out only when scrolled to.
 *
 * Only a whitespace character is replaced, by exactly one character, so every UTF-16 offset into the result is the
 * same offset into @p text: selections, codings and search hits need no mapping. A run longer than 2 × @p limit
 * without whitespace is left as it is (nothing can be replaced without changing what is shown).
 */
QString softBreakLongLines(const QString& text, qsizetype limit = 4000);

}  // namespace thema
