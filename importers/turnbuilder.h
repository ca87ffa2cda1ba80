#pragma once

#include "model/sourcedraft.h"

namespace thema {

/**
 * Builds a source's text and its turns from paragraphs, so every importer lays text out the same way:
 * lines of one turn are joined with "\n", turns are separated by a blank line ("\n\n"). Spans are code points.
 * A turn covers its text only: speaker labels and timestamps are metadata, never text.
 */
class TurnBuilder {
public:
    /** Starts a new turn; an empty speaker means the file names none. */
    void startTurn(const QString& speaker, std::optional<qint64> beginMs = {}, std::optional<qint64> endMs = {});
    /** Appends a line to the current turn (a turn without speaker is started when there is none). */
    void addLine(const QString& line);
    /** Reserves room for @p utf16Units of text, so a long source grows in place instead of doubling (memory). */
    void reserve(qsizetype utf16Units) { m_text.reserve(utf16Units); }
    /** Sets the current turn's end time. */
    void setEndMs(qint64 ms);
    bool hasTurn() const { return m_open; }
    QString currentSpeaker() const { return m_speaker; }

    /** The text and turns built so far. Turns that got no text are dropped. */
    void finish(SourceDraft& draft);

private:
    void closeTurn();

    QString m_text;
    qint64 m_length = 0;  // code points in m_text
    QList<DraftTurn> m_turns;
    bool m_open = false;
    bool m_turnHasText = false;
    QString m_speaker;
    qint64 m_turnStart = 0;
    std::optional<qint64> m_beginMs, m_endMs;
};

}  // namespace thema
