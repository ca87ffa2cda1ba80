#pragma once

#include "cue.h"

#include <QList>

#include <optional>
#include <utility>

namespace thema {

/**
 * SubRip (.srt) cue blocks: an optional cue number line, a timing line "hh:mm:ss,mmm --> hh:mm:ss,mmm" (a '.'
 * instead of ',' and trailing "X1:… Y2:…" coordinates are accepted), then text lines up to a blank line. Text
 * after a blank line that starts no new cue continues the previous cue. Input is decoded text with LF line ends.
 *
 * Throws thema::Error naming @p fileName and the line for what is not SubRip: a cue number without a timing
 * line, an unreadable timing line, text before the first cue.
 */
class SubRipParser {
public:
    static QList<Cue> parse(const QString& text, const QString& fileName);

    /** Start and end of a timing line in milliseconds; nullopt when @p line is not one. */
    static std::optional<std::pair<qint64, qint64>> parseTiming(const QString& line);
};

}  // namespace thema
