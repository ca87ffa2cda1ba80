#include "analysis/analysisdata.h"

#include "analysis/extracttext.h"
#include "store/projectstore.h"

#include <QRegularExpression>

#include <algorithm>

namespace thema {

AnalysisData::AnalysisData(const ProjectStore& store, const AnalysisOptions& options)
    : m_store(store), m_options(options), m_groupAttribute(groupAttributeFor(store, options.groupAttribute))
{
    m_codes = store.codes();
    for (qsizetype i = 0; i < m_codes.size(); ++i)
        m_codeIndex.insert(m_codes[i].id, i);
    m_themes = store.themes();
    for (qsizetype i = 0; i < m_themes.size(); ++i)
        m_themeIndex.insert(m_themes[i].id, i);
    for (const Source& s : store.sources())
        m_sources.insert(s.id, s);
    for (const Participant& p : store.participants())
        m_participants.insert(p.id, p);
    for (const Coder& c : store.coders())
        m_coderNames.insert(c.id, c.name);
    for (const Turn& t : store.allTurns())
        m_turns[t.source].append(t);
    for (QList<Turn>& turns : m_turns)
        std::sort(turns.begin(), turns.end(), [](const Turn& a, const Turn& b) { return a.span.start < b.span.start; });

    CodingFilter filter;
    filter.coders = options.coders;
    m_codings = store.codings(filter);
    std::stable_sort(m_codings.begin(), m_codings.end(), [](const Coding& a, const Coding& b) {
        return a.source != b.source ? a.source < b.source : a.span.start < b.span.start;
    });

    QSet<Id> seen;
    auto appear = [&](Id p) {
        const Participant* participant = this->participant(p);
        if (participant && !participant->interviewer && !seen.contains(p)) {
            seen.insert(p);
            m_appearing.append(p);
        }
    };
    for (const Source& s : std::as_const(m_sources))
        appear(s.participant);
    for (const QList<Turn>& turns : std::as_const(m_turns))
        for (const Turn& t : turns)
            appear(t.participant);
    std::sort(m_appearing.begin(), m_appearing.end(), [this](Id a, Id b) {
        return QString::localeAwareCompare(m_participants[a].name, m_participants[b].name) < 0;
    });
    QSet<QString> numbers;
    for (Id p : std::as_const(m_appearing))
        numbers.insert(participantNumber(m_participants[p].name));
    m_numbersUnique = numbers.size() == m_appearing.size();
}

const Code* AnalysisData::code(Id id) const
{
    const auto it = m_codeIndex.constFind(id);
    return it == m_codeIndex.cend() ? nullptr : &m_codes[*it];
}

const Theme* AnalysisData::theme(Id id) const
{
    const auto it = m_themeIndex.constFind(id);
    return it == m_themeIndex.cend() ? nullptr : &m_themes[*it];
}

const Source* AnalysisData::source(Id id) const
{
    const auto it = m_sources.constFind(id);
    return it == m_sources.cend() ? nullptr : &*it;
}

const Participant* AnalysisData::participant(Id id) const
{
    const auto it = m_participants.constFind(id);
    return it == m_participants.cend() ? nullptr : &*it;
}

QSet<Id> AnalysisData::codeSubtree(Id code) const
{
    QSet<Id> out{code};
    // codes() is depth-first, so every descendant follows its parent.
    for (const Code& c : m_codes)
        if (out.contains(c.parent))
            out.insert(c.id);
    return out;
}

QList<Id> AnalysisData::themeSubtree(Id theme) const
{
    QList<Id> out{theme};
    for (const Theme& t : m_themes)
        if (out.contains(t.parent))
            out.append(t.id);
    return out;
}

QSet<Id> AnalysisData::themeCodes(Id theme, bool withSubthemes) const
{
    QSet<Id> out;
    for (Id t : withSubthemes ? themeSubtree(theme) : QList<Id>{theme})
        if (const Theme* th = this->theme(t))
            for (Id c : th->codes)
                out.insert(c);
    return out;
}

QList<Coding> AnalysisData::codingsOf(const QSet<Id>& codes) const
{
    QList<Coding> out;
    for (const Coding& c : m_codings)
        if (codes.contains(c.code))
            out.append(c);
    return out;
}

QList<Id> AnalysisData::holders(const Coding& coding) const
{
    QList<Id> out;
    auto add = [&](Id p) {
        const Participant* participant = this->participant(p);
        if (participant && !participant->interviewer && !out.contains(p))
            out.append(p);
    };
    // The speakers of the turns the coding touches; the source's owner only where it touches no labelled turn (a
    // document without speaker labels). A passage only in an interviewer's turns counts for nobody: it had made the
    // source's interviewee "say" the interviewer's words (theme table "1 of 2" where the theme review listed the
    // extract as the interviewer's, not counted).
    bool unlabelled = true;
    for (const Turn& t : m_turns.value(coding.source))
        if (t.span.overlaps(coding.span)) {
            if (t.participant)
                add(t.participant);
            unlabelled = unlabelled && !t.participant;
        }
    if (unlabelled)
        if (const Source* s = source(coding.source))
            add(s->participant);
    return out;
}

Id AnalysisData::speaker(const Coding& coding) const
{
    for (const Turn& t : m_turns.value(coding.source))
        if (t.span.contains(coding.span.start) || t.span.overlaps(coding.span)) {
            const Participant* p = participant(t.participant);
            if (p && !p->interviewer)
                return p->id;
            break;
        }
    const Source* s = source(coding.source);
    const Participant* owner = s ? participant(s->participant) : nullptr;
    return owner && !owner->interviewer ? owner->id : 0;
}

Id AnalysisData::voice(const Coding& coding) const
{
    if (!interviewerOnly(coding))
        return speaker(coding);
    for (const Turn& t : m_turns.value(coding.source))
        if (t.span.contains(coding.span.start) || t.span.overlaps(coding.span))
            return t.participant;
    return 0;
}

bool AnalysisData::interviewerOnly(const Coding& coding) const
{
    bool any = false;
    for (const Turn& t : m_turns.value(coding.source))
        if (t.span.contains(coding.span.start) || t.span.overlaps(coding.span)) {
            const Participant* p = participant(t.participant);
            if (!p || !p->interviewer)
                return false;
            any = true;
        }
    return any;
}

int AnalysisData::turnNumber(Id source, qint64 pos) const
{
    const QList<Turn> turns = m_turns.value(source);
    for (qsizetype i = 0; i < turns.size(); ++i)
        if (turns[i].span.contains(pos))
            return int(i + 1);
    return 0;
}

QString AnalysisData::groupOf(Id participant) const
{
    const Participant* p = this->participant(participant);
    return p ? p->attributes.value(m_groupAttribute).trimmed() : QString();
}

QStringList AnalysisData::groups() const
{
    QStringList out;
    bool unset = false;
    for (Id p : m_appearing) {
        const QString g = groupOf(p);
        if (g.isEmpty())
            unset = true;
        else if (!out.contains(g))
            out.append(g);
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    if (unset)
        out.append(QString());
    return out;
}

QString AnalysisData::label(Id participant) const
{
    const Participant* p = this->participant(participant);
    if (!p)
        return QString();
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(m_options.label); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(m_options.label).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("name"))
            out += p->name;
        else if (key == QLatin1String("n"))
            out += m_numbersUnique ? participantNumber(p->name) : p->name;
        else if (key == QLatin1String("group"))
            out += groupOf(p->id);
        else
            out += p->attributes.value(key);
        last = m.capturedEnd();
    }
    out += QStringView(m_options.label).mid(last);
    // An empty value leaves no stray separator: "(Participant 11, )" becomes "(Participant 11)".
    static const QRegularExpression strayBefore(QStringLiteral("\\s*[,;/·–-]\\s*(?=[)\\]]|$)"));
    static const QRegularExpression strayAfter(QStringLiteral("(?<=[(\\[])\\s*[,;/·–-]\\s*"));
    static const QRegularExpression doubled(QStringLiteral("\\s*([,;])\\s*[,;]"));
    out.replace(doubled, QStringLiteral("\\1"));
    out.replace(strayBefore, QString());
    out.replace(strayAfter, QString());
    out.replace(QStringLiteral("()"), QString());
    return out.trimmed();
}

QString AnalysisData::rawText(Id source, const Span& span) const
{
    auto it = m_texts.find(source);
    if (it == m_texts.end()) {
        const QString text = m_store.sourceText(source);
        it = m_texts.insert(source, Text{text, TextOffsets(text)});
    }
    const qint64 from = it->offsets.toUtf16(span.start), to = it->offsets.toUtf16(span.end);
    return it->text.mid(from, to - from);
}

QString AnalysisData::extract(const Coding& coding, int maxChars) const
{
    return normalisedExtract(rawText(coding.source, coding.span), maxChars);
}

}  // namespace thema
