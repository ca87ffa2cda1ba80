#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace thema {

/** A piece of timed text, e.g. a subtitle cue or a subtitle file's turn: [beginMs, endMs) in the recording. */
struct TimedText {
    qint64 beginMs = 0;
    qint64 endMs = 0;
    QString text;
};

/**
 * Gives the turns of an untimed transcript (a Word file) times from a subtitle file of the same interview.
 *
 * Both sides are cut into normalised words (case-folded, accents and punctuation dropped). Turns are matched in
 * order: each turn's first words (up to kProbeWords) are looked for in the subtitle words after the previous
 * match, within kWindowWords; the earliest place where at least kMinSimilarity of them appear in order wins.
 * The turn begins at that word's time, interpolated within its cue by word position. Turns that match nowhere
 * (text the subtitles lack, or only a word or two) keep no time.
 */
class TurnAlign {
public:
    static constexpr int kProbeWords = 8;
    static constexpr int kWindowWords = 4000;
    static constexpr double kMinSimilarity = 0.6;

    /** The begin time of each of @p turns (same order), nullopt where no cue matches. */
    static QList<std::optional<qint64>> align(const QStringList& turns, const QList<TimedText>& cues);

    /** The normalised words of @p text. */
    static QStringList words(const QString& text);
};

}  // namespace thema
