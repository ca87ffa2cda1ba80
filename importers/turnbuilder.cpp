#include "turnbuilder.h"

#include "text/offsets.h"

namespace thema {

void TurnBuilder::closeTurn()
{
    if (m_open && m_turnHasText)
        m_turns.append({{m_turnStart, m_length}, m_speaker, m_beginMs, m_endMs});
    m_open = false;
    m_turnHasText = false;
}

void TurnBuilder::startTurn(const QString& speaker, std::optional<qint64> beginMs, std::optional<qint64> endMs)
{
    closeTurn();
    m_open = true;
    m_speaker = speaker;
    m_beginMs = beginMs;
    m_endMs = endMs;
}

void TurnBuilder::addLine(const QString& line)
{
    if (!m_open)
        startTurn(QString());
    if (!m_turnHasText) {
        if (!m_text.isEmpty()) {
            m_text += QStringLiteral("\n\n");
            m_length += 2;
        }
        m_turnStart = m_length;
        m_turnHasText = true;
    } else {
        m_text += QLatin1Char('\n');
        m_length += 1;
    }
    m_text += line;
    m_length += TextOffsets::codePointLength(line);
}

void TurnBuilder::setEndMs(qint64 ms)
{
    m_endMs = ms;
}

void TurnBuilder::finish(SourceDraft& draft)
{
    closeTurn();
    draft.text = m_text;
    draft.turns = m_turns;
}

}  // namespace thema
