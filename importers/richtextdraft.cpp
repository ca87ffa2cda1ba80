#include "richtextdraft.h"

#include "plaintextimporter.h"
#include "text/offsets.h"

#include <algorithm>

namespace thema {
namespace {

QStringView rightTrimmed(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && s[n - 1].isSpace())
        --n;
    return s.left(n);
}

// Where one input line ended up in the plain-text importer's output (UTF-16 offsets).
struct LineMap {
    bool mapped = false;
    qsizetype outStart = 0;  // in the output text
    qsizetype prefix = 0;    // characters dropped from the line's start (label, timestamp, spaces)
    qsizetype length = 0;    // characters kept
};

}  // namespace

QString romanNumeral(int n)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                         {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                         {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto& [value, letters] : kParts)
        while (n >= value) {
            out += QLatin1String(letters);
            n -= value;
        }
    return out;
}

void RichTextDraft::addText(const QString& text)
{
    m_open = true;
    for (const QChar c : text) {
        if (c == QLatin1Char('\r') || c == QChar(0x2028))
            m_current += QLatin1Char('\n');
        else if (c == QChar(0x2029))
            endParagraph();
        else if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            m_current += c;
        else if (c.unicode() != 0)
            m_current += QLatin1Char(' ');  // other control characters are not text
    }
}

void RichTextDraft::lineBreak()
{
    m_open = true;
    m_current += QLatin1Char('\n');
}

void RichTextDraft::endParagraph()
{
    if (m_open && !m_current.trimmed().isEmpty())
        m_paragraphs.append(m_current);
    m_current.clear();
    m_open = false;
}

RichTextDraft::Position RichTextDraft::position() const
{
    return {m_paragraphs.size(), m_current.size()};
}

QString RichTextDraft::addNote(bool endnote, const QString& text)
{
    const QString marker = endnote ? romanNumeral(++m_endnotes) : QString::number(++m_footnotes);
    m_notes.append({QStringLiteral("[%1 %2]").arg(endnote ? QStringLiteral("Endnote") : QStringLiteral("Footnote"), marker),
                    text.trimmed()});
    return marker;
}

void RichTextDraft::addComment(Position start, Position end, const DraftMemo& memo)
{
    m_comments.append({start, end, memo});
}

QString RichTextDraft::joined() const
{
    QStringList all = m_paragraphs;
    if (!m_current.trimmed().isEmpty())
        all.append(m_current);
    for (QString& p : all)
        p = p.trimmed();
    return all.join(QLatin1Char('\n'));
}

SourceDraft RichTextDraft::finish(const ImportOptions& options)
{
    // The input text: paragraphs separated by one blank line, built while the paragraphs are released, so that
    // big documents hold the text about twice at a time, not once per step (issue 19: memory near 4x the text).
    if (!m_current.trimmed().isEmpty())
        m_paragraphs.append(m_current);
    m_current.clear();
    qsizetype total = 0;
    for (const QString& p : m_paragraphs)
        total += p.size() + 2;
    QString input;
    input.reserve(total);
    QList<qsizetype> paragraphStart, paragraphLength;
    paragraphStart.reserve(m_paragraphs.size());
    paragraphLength.reserve(m_paragraphs.size());
    for (QString& p : m_paragraphs) {
        if (!paragraphStart.isEmpty())
            input += QLatin1String("\n\n");
        paragraphStart.append(input.size());
        paragraphLength.append(p.size());
        input += p;
        p = QString();
    }
    m_paragraphs.clear();

    // Input lines (where each starts), and the first input line of every paragraph.
    QList<qsizetype> lineStart{0};
    for (qsizetype i = 0; i < input.size(); ++i)
        if (input[i] == QLatin1Char('\n'))
            lineStart.append(i + 1);
    const auto lineView = [&](qsizetype i) {
        const qsizetype end = i + 1 < lineStart.size() ? lineStart[i + 1] - 1 : input.size();
        return QStringView(input).mid(lineStart[i], end - lineStart[i]);
    };
    QList<qsizetype> firstLine;
    firstLine.reserve(paragraphStart.size());
    for (const qsizetype start : paragraphStart)
        firstLine.append(std::lower_bound(lineStart.cbegin(), lineStart.cend(), start) - lineStart.cbegin());

    SourceDraft draft = PlainTextImporter::readText(input, false, options);

    // readText keeps each line's text minus a leading label/timestamp, trimmed, in order: match lines back.
    QList<qsizetype> outStarts{0};
    for (qsizetype i = 0; i < draft.text.size(); ++i)
        if (draft.text[i] == QLatin1Char('\n'))
            outStarts.append(i + 1);
    const auto outView = [&](qsizetype j) {
        const qsizetype end = j + 1 < outStarts.size() ? outStarts[j + 1] - 1 : draft.text.size();
        return QStringView(draft.text).mid(outStarts[j], end - outStarts[j]);
    };
    QList<LineMap> map(lineStart.size());
    qsizetype j = 0;
    for (qsizetype i = 0; i < lineStart.size(); ++i) {
        const QStringView line = rightTrimmed(lineView(i));
        if (line.trimmed().isEmpty())
            continue;
        while (j < outStarts.size() && outView(j).isEmpty())
            ++j;
        if (j < outStarts.size() && line.endsWith(outView(j))) {
            const qsizetype kept = outView(j).size();
            map[i] = {true, outStarts[j], line.size() - kept, kept};
            ++j;
        }
    }
    auto toOutput = [&](Position pos, bool isStart) -> std::optional<qsizetype> {
        if (pos.paragraph >= firstLine.size())
            return isStart ? std::nullopt : std::optional<qsizetype>(draft.text.size());
        qsizetype line = firstLine[pos.paragraph];
        const QStringView text = QStringView(input).mid(paragraphStart[pos.paragraph], paragraphLength[pos.paragraph]);
        qsizetype lineStart = 0;
        for (qsizetype k = 0; k < pos.offset && k < text.size(); ++k)
            if (text[k] == QLatin1Char('\n')) {
                ++line;
                lineStart = k + 1;
            }
        const LineMap& m = map[line];
        if (m.mapped)
            return m.outStart + qBound<qsizetype>(0, pos.offset - lineStart - m.prefix, m.length);
        // A line that left no text (a label alone): snap to the neighbouring text.
        if (isStart) {
            for (qsizetype k = line + 1; k < map.size(); ++k)
                if (map[k].mapped)
                    return map[k].outStart;
        } else {
            for (qsizetype k = line - 1; k >= 0; --k)
                if (map[k].mapped)
                    return map[k].outStart + map[k].length;
        }
        return std::nullopt;
    };
    auto enclosingLine = [&](qsizetype at) -> std::pair<qsizetype, qsizetype> {
        const qsizetype start = at == 0 ? 0 : draft.text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
        const qsizetype end = draft.text.indexOf(QLatin1Char('\n'), at);
        return {start, end < 0 ? draft.text.size() : end};
    };

    const TextOffsets offsets(draft.text);
    for (const Comment& c : m_comments) {
        DraftMemo memo = c.memo;
        memo.anchor.reset();
        std::optional<qsizetype> start = toOutput(c.start, true), end = toOutput(c.end, false);
        if (start && end && *end <= *start) {
            // A comment on a point (or on text that left nothing) covers the line it sits in.
            const auto [ls, le] = enclosingLine(qMin(*start, draft.text.size()));
            start = ls;
            end = le;
        }
        if (start && end && *end > *start)
            memo.anchor = Span{offsets.toCodePoint(*start), offsets.toCodePoint(*end)};
        draft.memos.append(memo);
    }
    draft.memos.append(m_memos);

    qint64 length = offsets.codePointCount();
    for (const Note& note : m_notes) {
        const QString text = note.text.isEmpty() ? note.label : note.label + QLatin1Char(' ') + note.text;
        if (!draft.text.isEmpty()) {
            draft.text += QStringLiteral("\n\n");
            length += 2;
        }
        const qint64 n = TextOffsets::codePointLength(text);
        draft.text += text;
        draft.turns.append(DraftTurn{{length, length + n}, QString(), std::nullopt, std::nullopt});
        length += n;
    }
    draft.warnings.append(m_warnings);
    draft.format.clear();
    return draft;
}

}  // namespace thema
