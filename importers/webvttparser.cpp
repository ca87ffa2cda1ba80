#include "webvttparser.h"

#include <QStringList>

namespace thema {
namespace {

bool isAsciiWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f') ||
           c == QLatin1Char('\r');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A cursor over one line, as the specification's "position" pointer.
struct Cursor {
    const QString& s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s.at(pos); }
    void skipWhitespace()
    {
        while (!atEnd() && isAsciiWhitespace(s.at(pos)))
            ++pos;
    }
    QStringView digits()
    {
        const qsizetype start = pos;
        while (!atEnd() && isAsciiDigit(s.at(pos)))
            ++pos;
        return QStringView(s).mid(start, pos - start);
    }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
};

// "Collect a WebVTT timestamp".
std::optional<qint64> collectTimestamp(Cursor& c)
{
    if (c.atEnd() || !isAsciiDigit(c.peek()))
        return std::nullopt;
    const QStringView first = c.digits();
    if (first.size() > 9)
        return std::nullopt;  // our limit: keeps the sum inside 64 bits
    qint64 v1 = first.toLongLong();
    const bool hours = first.size() != 2 || v1 > 59;
    if (!c.take(QLatin1Char(':')))
        return std::nullopt;
    const QStringView second = c.digits();
    if (second.size() != 2)
        return std::nullopt;
    qint64 v2 = second.toLongLong();
    qint64 v3 = 0;
    if (hours || c.peek() == QLatin1Char(':')) {
        if (!c.take(QLatin1Char(':')))
            return std::nullopt;
        const QStringView third = c.digits();
        if (third.size() != 2)
            return std::nullopt;
        v3 = third.toLongLong();
    } else {
        v3 = v2;
        v2 = v1;
        v1 = 0;
    }
    if (!c.take(QLatin1Char('.')))
        return std::nullopt;
    const QStringView fraction = c.digits();
    if (fraction.size() != 3)
        return std::nullopt;
    if (v2 > 59 || v3 > 59)
        return std::nullopt;
    return ((v1 * 60 + v2) * 60 + v3) * 1000 + fraction.toLongLong();
}

// "Parse the WebVTT cue settings": only "align" matters to Thema; the rest is validated and ignored.
void parseSettings(QStringView remainder, Cue& cue)
{
    qsizetype i = 0;
    while (i < remainder.size()) {
        while (i < remainder.size() && isAsciiWhitespace(remainder.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < remainder.size() && !isAsciiWhitespace(remainder.at(i)))
            ++i;
        const QStringView setting = remainder.mid(start, i - start);
        const qsizetype colon = setting.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == setting.size() - 1)
            continue;
        const QStringView name = setting.left(colon);
        const QStringView value = setting.mid(colon + 1);
        if (name == QLatin1String("align")) {
            for (const char* valid : {"start", "center", "end", "left", "right"})
                if (value == QLatin1String(valid))
                    cue.align = value.toString();
        }
    }
}

// "Collect WebVTT cue timings and settings".
bool collectTimingsAndSettings(const QString& line, Cue& cue)
{
    Cursor c{line};
    c.skipWhitespace();
    const auto start = collectTimestamp(c);
    if (!start)
        return false;
    c.skipWhitespace();
    if (!c.take(QLatin1Char('-')) || !c.take(QLatin1Char('-')) || !c.take(QLatin1Char('>')))
        return false;
    c.skipWhitespace();
    const auto end = collectTimestamp(c);
    if (!end)
        return false;
    cue.startMs = *start;
    cue.endMs = *end;
    parseSettings(QStringView(line).mid(c.pos), cue);
    return true;
}

// The file as lines; positions are line indexes, which is all the block algorithm ever points at.
struct Lines {
    QStringList lines;
    qsizetype pos = 0;
    bool pastEnd() const { return pos >= lines.size(); }
};

// "Collect a WebVTT block". Returns a cue, or nullopt for headers, comments, styles, regions and bad cues.
std::optional<Cue> collectBlock(Lines& in, bool inHeader, QList<BadCueTiming>& bad)
{
    int lineCount = 0;
    qsizetype previous = in.pos;
    QString buffer;
    bool seenArrow = false;
    std::optional<Cue> cue;
    while (true) {
        const qsizetype index = in.pos;
        const QString line = in.pastEnd() ? QString() : in.lines.at(in.pos++);
        ++lineCount;
        const bool seenEof = in.pastEnd();
        if (line.contains(QLatin1String("-->"))) {
            if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
                seenArrow = true;
                previous = in.pos;
                cue = Cue{};
                cue->id = buffer;
                cue->line = int(index + 1);
                if (collectTimingsAndSettings(line, *cue)) {
                    buffer.clear();
                } else {
                    cue.reset();
                    bad.append({int(index + 1), line});
                }
            } else {
                in.pos = previous;
                break;
            }
        } else if (line.isEmpty()) {
            break;
        } else {
            if (!buffer.isEmpty())
                buffer += QLatin1Char('\n');
            buffer += line;
            previous = in.pos;
        }
        if (seenEof)
            break;
    }
    if (cue)
        cue->text = buffer;
    return cue;
}

void skipBlankLines(Lines& in)
{
    while (!in.pastEnd() && in.lines.at(in.pos).isEmpty())
        ++in.pos;
}

}  // namespace

std::optional<qint64> WebVttParser::parseTimestamp(const QString& text)
{
    Cursor c{text};
    const auto ms = collectTimestamp(c);
    return c.atEnd() ? ms : std::nullopt;
}

WebVttDocument WebVttParser::parse(const QString& text)
{
    WebVttDocument doc;
    if (!text.startsWith(QLatin1String("WEBVTT")))
        return doc;
    if (text.size() > 6) {
        const QChar seventh = text.at(6);
        if (seventh != QLatin1Char(' ') && seventh != QLatin1Char('\t') && seventh != QLatin1Char('\n'))
            return doc;
    }
    doc.signature = true;
    Lines in;
    in.lines = text.split(QLatin1Char('\n'));
    // A final LF ends the last line; it does not start an empty one.
    if (text.endsWith(QLatin1Char('\n')))
        in.lines.removeLast();
    in.pos = 1;  // past the signature line
    if (in.pastEnd())
        return doc;
    if (!in.lines.at(in.pos).isEmpty()) {
        QList<BadCueTiming> ignored;
        collectBlock(in, true, ignored);
    } else {
        ++in.pos;
    }
    skipBlankLines(in);
    while (!in.pastEnd()) {
        if (auto cue = collectBlock(in, false, doc.badTimings))
            doc.cues.append(*cue);
        skipBlankLines(in);
    }
    return doc;
}

}  // namespace thema
