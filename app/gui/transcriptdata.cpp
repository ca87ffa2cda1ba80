#include "transcriptdata.h"

#include "store/projectstore.h"

#include <algorithm>

namespace thema {

void TranscriptData::clear()
{
    *this = TranscriptData();
}

void TranscriptData::load(const ProjectStore& store, Id source)
{
    clear();
    m_source = source;
    m_text = store.sourceText(source);
    m_offsets = TextOffsets(m_text);
    QHash<Id, Participant> people;
    for (const Participant& p : store.participants())
        people.insert(p.id, p);
    for (const Turn& t : store.turns(source)) {
        ShownTurn shown;
        shown.start = m_offsets.toUtf16(t.span.start);
        shown.end = m_offsets.toUtf16(t.span.end);
        shown.speaker = t.speaker;
        if (const auto it = people.constFind(t.participant); it != people.cend()) {
            shown.interviewer = it->interviewer;
            QStringList lines{it->name};
            if (it->interviewer)
                lines.append(QObject::tr("interviewer"));
            for (auto a = it->attributes.cbegin(); a != it->attributes.cend(); ++a)
                lines.append(a.key() + QStringLiteral(": ") + a.value());
            shown.tooltip = lines.join(QLatin1Char('\n'));
            if (shown.speaker.isEmpty())
                shown.speaker = it->name;
        }
        m_turns.append(shown);
    }
}

void TranscriptData::loadCodings(const ProjectStore& store, const QList<Id>& coders)
{
    m_codeNames.clear();
    m_codeColors.clear();
    for (const Code& c : store.codes()) {
        m_codeNames.insert(c.id, c.name);
        m_codeColors.insert(c.id, QColor(c.color));
    }
    m_coderNames.clear();
    m_coderColors.clear();
    for (const Coder& c : store.coders()) {
        m_coderNames.insert(c.id, c.name);
        m_coderColors.insert(c.id, QColor(c.color));
    }
    m_codings.clear();
    m_longest = 0;
    if (!m_source)
        return;
    CodingFilter filter;
    filter.sources = {m_source};
    filter.coders = coders;
    filter.timestamps = false;
    const QList<Coding> all = store.codings(filter);  // ordered by start
    m_codings.reserve(all.size());
    for (const Coding& c : all) {
        ShownCoding s{c.id, c.code, c.coder, m_offsets.toUtf16(c.span.start), m_offsets.toUtf16(c.span.end), c.memo};
        m_longest = std::max(m_longest, s.end - s.start);
        m_codings.append(s);
    }
}

QList<ShownCoding> TranscriptData::codingsIn(qint64 start, qint64 end) const
{
    // Sorted by start: a coding that reaches into [start, end) starts after start - longest.
    auto first = std::lower_bound(m_codings.cbegin(), m_codings.cend(), start - m_longest,
                                  [](const ShownCoding& c, qint64 pos) { return c.start < pos; });
    QList<ShownCoding> result;
    for (auto it = first; it != m_codings.cend() && it->start < end; ++it)
        if (it->end > start)
            result.append(*it);
    return result;
}

QList<ShownCoding> TranscriptData::codingsAt(qint64 pos) const
{
    return codingsIn(pos, pos + 1);
}

const ShownCoding* TranscriptData::codingById(Id id) const
{
    for (const ShownCoding& c : m_codings)
        if (c.id == id)
            return &c;
    return nullptr;
}

Span TranscriptData::toCodePoints(qint64 start16, qint64 end16) const
{
    return {m_offsets.toCodePoint(start16), m_offsets.toCodePoint(end16)};
}

QPair<qint64, qint64> TranscriptData::toUtf16(const Span& span) const
{
    return {m_offsets.toUtf16(span.start), m_offsets.toUtf16(span.end)};
}

}  // namespace thema
