#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace thema {

/** A stretch of one cue's text said by one voice. */
struct CueSegment {
    std::optional<QString> voice;    ///< from a WebVTT <v Name> tag; nullopt when the text names no voice
    QStringList lines;               ///< plain text lines, trimmed, none empty
};

/**
 * Turns raw caption text into plain text.
 *
 * WebVTT (by the cue text parsing rules): tags are removed (<c>, <i>, <b>, <u>, <lang>, <ruby>, timestamps such as
 * <00:01.000>); the content of <rt> (ruby annotations) is dropped; character references are decoded (&amp; &lt;
 * &gt; &quot; &apos; &nbsp; &lrm; &rlm; and numeric ones; unknown ones stay as written). Each <v Name> tag, closed
 * or not, starts a segment of that voice.
 *
 * SubRip: the formatting tags players know (<b>, <i>, <u>, <s>, <font …>) are removed; other tag-like text is
 * removed only where it is closed (<x>…</x>), as VLC does, so "<laughs" or "2<3,5>1" survive; ASS override blocks
 * such as {\an8} are removed. SubRip has no character references.
 */
class CueText {
public:
    static QList<CueSegment> parseWebVtt(const QString& raw);
    static QStringList parseSubRip(const QString& raw);

    /** Decodes WebVTT/HTML character references in @p text. */
    static QString decodeEntities(const QString& text);
};

}  // namespace thema
