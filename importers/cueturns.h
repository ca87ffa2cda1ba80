#pragma once

#include "model/sourcedraft.h"

#include <QStringList>

#include <optional>

namespace thema {

class SpeakerLabels;

/** What one caption cue (or a part of it) says, once its markup is gone. */
struct CueUtterance {
    std::optional<QString> speaker;  ///< nullopt: the cue names no speaker, so it continues the previous one
    QStringList lines;               ///< plain text lines, none empty
    qint64 startMs = 0;
    qint64 endMs = 0;
};

/**
 * Lays caption cues out as a source's text and turns, the same way for every caption format.
 *
 * With speakers (any utterance names one): an utterance without a speaker continues the previous speaker, and
 * consecutive utterances of one speaker form one turn. Without speakers none are invented: cues are grouped into
 * paragraph-sized turns without speaker, and a new turn starts after a pause of at least kPauseMs, after a cue
 * that ends a sentence once the turn has kMinCues cues, and in any case after kMaxCues cues.
 * A turn's begin/end are the earliest start and the latest end of its cues, in milliseconds.
 *
 * Caption lines are display line breaks, not text structure, so lines and cues of one turn are joined with a
 * space (nothing between two CJK characters, which are written without spaces); a line that starts with a
 * dialogue dash ("- ") starts a new line of the turn's text instead. Lines themselves are kept exactly.
 */
class CueTurns {
public:
    static constexpr qint64 kPauseMs = 2000;
    static constexpr int kMinCues = 5;
    static constexpr int kMaxCues = 20;

    static void build(const QList<CueUtterance>& utterances, SourceDraft& draft);

    /**
     * Finds speaker labels ("JOHN: hi", "- Mary: …") at the start of each cue and of its dialogue-dash lines, as
     * the plain-text importer does, and splits cues at them. Labels count only when they start at least 30% of the
     * cues (and two of them), or when @p labels is a user's pattern; otherwise the cues come back unchanged, one
     * utterance each, without speakers.
     */
    static QList<CueUtterance> detectLabels(const QList<CueUtterance>& cues, const SpeakerLabels& labels);

    /** Appends a piece of caption text to a turn's text by the rule above (in place: turns can be long). */
    static void append(QString& text, const QString& piece);
    /** The same, as a copy. */
    static QString join(const QString& before, const QString& after);
};

}  // namespace thema
