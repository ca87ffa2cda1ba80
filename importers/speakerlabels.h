#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace thema {

/** What the start of a transcript line says besides its text. */
struct LineLabel {
    QString speaker;                 ///< empty when the line has no speaker label
    std::optional<qint64> timeMs;    ///< a leading timestamp, e.g. "00:01:02", "[-00:00:00:10]", "\[04:22\]"
    QString rest;                    ///< the line without label and timestamp
};

/**
 * Finds speaker labels and timestamps at the start of transcript lines, in the styles real transcripts use:
 * "Name:", "Full Name:", "Interviewer1 :" (French spacing), "Participant (P3):", labels in any script,
 * "**Full Name:**" (Markdown), "[id1]" (QualCoder), "<v Full Name>" (WebVTT voice tags left in plain text),
 * "Name (00:01:02):" (the time is the turn's), Otter's header line "Name  0:03", optionally after a timestamp
 * prefix ("[00:01:02] Name:", "00:00:03 <v Name>text"). Names alone above their paragraph: speakerNameLines().
 * A user-given pattern replaces detection: a regular expression anchored at the line start with a named
 * group "speaker".
 */
class SpeakerLabels {
public:
    /** Throws thema::Error when @p customPattern is not a valid expression with a "speaker" group. */
    explicit SpeakerLabels(const QString& customPattern = {});

    /** Splits a line into timestamp, speaker label (only when @p withSpeaker) and text. */
    LineLabel parse(const QString& line, bool withSpeaker = true) const;
    bool isCustom() const { return m_custom.has_value(); }

    /** Parses "hh:mm:ss", "mm:ss", "dd:hh:mm:ss", with optional ",mmm"/".mmm" and a leading '-', to ms. */
    static std::optional<qint64> parseTimestamp(const QString& text);

private:
    std::optional<QRegularExpression> m_custom;
};

}  // namespace thema
