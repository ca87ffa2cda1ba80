#include "cueturns.h"

#include "speakerlabels.h"
#include "turnbuilder.h"

#include <QRegularExpression>

#include <algorithm>

namespace thema {
namespace {

char32_t firstCodePoint(const QString& s)
{
    if (s.isEmpty())
        return 0;
    if (s.size() > 1 && s.at(0).isHighSurrogate() && s.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(s.at(0), s.at(1));
    return s.at(0).unicode();
}

char32_t lastCodePoint(const QString& s)
{
    if (s.isEmpty())
        return 0;
    const qsizetype n = s.size();
    if (n > 1 && s.at(n - 1).isLowSurrogate() && s.at(n - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(n - 2), s.at(n - 1));
    return s.at(n - 1).unicode();
}

// Scripts written without spaces between words, with their punctuation and full-width forms (not Hangul).
bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// An ellipsis belongs to no script; the letter next to it decides whether a space goes between two pieces.
QString withoutEllipses(const QString& s)
{
    static const QString ellipses = QStringLiteral("\u2026\u2025.");
    qsizetype from = 0, to = s.size();
    while (from < to && ellipses.contains(s.at(from)))
        ++from;
    while (to > from && ellipses.contains(s.at(to - 1)))
        --to;
    return s.mid(from, to - from);
}

// The colon after a speaker label, ASCII or full-width; built once (a QRegularExpression is compiled on first use).
const QRegularExpression& labelColon()
{
    static const QRegularExpression re(QStringLiteral("[:：]"));
    return re;
}

bool startsWithDialogueDash(const QString& s)
{
    if (s.size() < 2)
        return false;
    const QChar d = s.at(0);
    const bool dash = d == QLatin1Char('-') || d == QChar(0x2013) || d == QChar(0x2014);
    return dash && (s.at(1) == QLatin1Char(' ') || (d == QLatin1Char('-') && s.at(1).isLetter()));
}

bool endsSentence(const QString& s)
{
    qsizetype i = s.size() - 1;
    static const QString closers = QStringLiteral("\"'\u2019\u201D)]\u300D\u300F");
    while (i >= 0 && closers.contains(s.at(i)))
        --i;
    if (i < 0)
        return false;
    static const QString enders = QStringLiteral(".?!\u2026\u3002\uFF1F\uFF01\u061F");
    return enders.contains(s.at(i));
}

QString joinLines(const QStringList& lines)
{
    QString out;
    for (const QString& line : lines)
        CueTurns::append(out, line);
    return out;
}

}  // namespace

void CueTurns::append(QString& text, const QString& piece)
{
    if (piece.isEmpty())
        return;
    if (text.isEmpty())
        text = piece;
    else if (startsWithDialogueDash(piece))
        text += QLatin1Char('\n') + piece;
    else if (isCjk(lastCodePoint(withoutEllipses(text.right(8)))) || isCjk(firstCodePoint(withoutEllipses(piece.left(8)))))
        text += piece;
    else
        text += QLatin1Char(' ') + piece;
}

QString CueTurns::join(const QString& before, const QString& after)
{
    QString text = before;
    append(text, after);
    return text;
}

void CueTurns::build(const QList<CueUtterance>& utterances, SourceDraft& draft)
{
    const bool speakers = std::any_of(utterances.cbegin(), utterances.cend(), [](const CueUtterance& u) { return u.speaker.has_value(); });
    TurnBuilder builder;
    struct Open {
        QString speaker, text;
        qint64 begin = 0, end = 0, lastEnd = 0;
        int cues = 0;
    };
    std::optional<Open> turn;
    auto flush = [&] {
        if (turn && !turn->text.isEmpty()) {
            builder.startTurn(turn->speaker, turn->begin, turn->end);
            builder.addLine(turn->text);
        }
        turn.reset();
    };
    for (const CueUtterance& u : utterances) {
        const QString text = joinLines(u.lines);
        if (text.isEmpty())
            continue;
        bool startNew = !turn.has_value();
        QString speaker;
        if (speakers) {
            speaker = u.speaker ? *u.speaker : (turn ? turn->speaker : QString());
            startNew = startNew || speaker != turn->speaker;
        } else if (turn) {
            startNew = u.startMs - turn->lastEnd >= kPauseMs || turn->cues >= kMaxCues ||
                       (turn->cues >= kMinCues && endsSentence(turn->text));
        }
        if (startNew) {
            flush();
            turn = Open{speaker, QString(), u.startMs, u.endMs, u.endMs, 0};
        }
        append(turn->text, text);
        turn->begin = std::min(turn->begin, u.startMs);
        turn->end = std::max(turn->end, u.endMs);
        turn->lastEnd = u.endMs;
        ++turn->cues;
    }
    flush();
    builder.finish(draft);
}

QList<CueUtterance> CueTurns::detectLabels(const QList<CueUtterance>& cues, const SpeakerLabels& labels)
{
    QList<CueUtterance> split;
    qsizetype labelledCues = 0;
    for (const CueUtterance& cue : cues) {
        bool labelled = false;
        CueUtterance current{std::nullopt, {}, cue.startMs, cue.endMs};
        for (qsizetype i = 0; i < cue.lines.size(); ++i) {
            const QString& line = cue.lines[i];
            const bool dash = startsWithDialogueDash(line);
            if (i == 0 || dash) {
                const QString body = dash ? line.mid(line.at(1) == QLatin1Char(' ') ? 2 : 1).trimmed() : line;
                const LineLabel label = labels.parse(body);
                if (!label.speaker.isEmpty()) {
                    QString rest = label.rest;
                    if (label.timeMs) {
                        // parse() also takes a time after the label; in a caption that is spoken text.
                        const qsizetype colon = body.indexOf(labelColon(), body.indexOf(label.speaker));
                        rest = colon >= 0 ? body.mid(colon + 1).trimmed() : body;
                    }
                    if (!current.lines.isEmpty() || current.speaker)
                        split.append(current);
                    current = CueUtterance{label.speaker, {}, cue.startMs, cue.endMs};
                    if (!rest.isEmpty())
                        current.lines.append(rest);
                    labelled = true;
                    continue;
                }
            }
            current.lines.append(line);
        }
        if (!current.lines.isEmpty() || current.speaker)
            split.append(current);
        if (labelled)
            ++labelledCues;
    }
    const bool useLabels = labels.isCustom() ? labelledCues > 0 : (labelledCues >= 2 && labelledCues * 10 >= cues.size() * 3);
    return useLabels ? split : cues;
}

}  // namespace thema
