#pragma once

#include <QString>

namespace thema {

/**
 * One caption cue as a subtitle parser finds it, before its text is interpreted: times in milliseconds,
 * the raw cue text (lines joined with LF, markup still in it) and where it starts in the file.
 */
struct Cue {
    QString id;                      ///< the cue identifier (WebVTT) or number (SubRip); empty when absent
    qint64 startMs = 0;
    qint64 endMs = 0;                ///< may be at or before startMs: zero-length and reversed cues are kept
    QString text;                    ///< raw cue text, lines joined with "\n"
    QString align = QStringLiteral("center");  ///< WebVTT "align" setting (start, center, end, left, right)
    int line = 0;                    ///< 1-based line of the timing line in the file
};

/** A cue block whose timing line could not be read; the block is dropped by the parser. */
struct BadCueTiming {
    int line = 0;                    ///< 1-based line of the timing line
    QString timing;                  ///< the line as written
};

}  // namespace thema
