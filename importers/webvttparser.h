#pragma once

#include "cue.h"

#include <QList>

#include <optional>

namespace thema {

/** What the WebVTT parsing algorithm makes of a file. */
struct WebVttDocument {
    bool signature = false;          ///< false: not a WebVTT file (no "WEBVTT" signature); nothing else is set
    QList<Cue> cues;                 ///< in file order
    QList<BadCueTiming> badTimings;  ///< blocks dropped because their timing line did not parse
};

/**
 * The W3C WebVTT file parsing algorithm (https://www.w3.org/TR/webvtt1/#file-parsing), for cues:
 * signature line, header block (ends at a blank line or at a line containing "-->"), blocks separated by
 * blank lines, cue identifiers, timings (hh:mm:ss.ttt or mm:ss.ttt) and the "align" setting. NOTE, STYLE and
 * REGION blocks yield no cue. A block whose timing line does not parse is dropped alone and reported in
 * badTimings. Cue text stays raw (tags and character references are CueText's job).
 *
 * The input is text already decoded as the specification asks: no BOM, NUL replaced by U+FFFD, CRLF and CR
 * turned into LF. Hours are limited to nine digits (a longer number fails that timestamp, dropping the cue).
 */
class WebVttParser {
public:
    static WebVttDocument parse(const QString& text);

    /** Parses one WebVTT timestamp ("01:02:03.004" or "02:03.004") in full; nullopt when malformed. */
    static std::optional<qint64> parseTimestamp(const QString& text);
};

}  // namespace thema
