#include "verbatimturns.h"

#include "speakerlabels.h"
#include "text/offsets.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <numeric>

namespace thema {
namespace {

constexpr int kLongTranscript = 20;  // labelled lines

struct Line {
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString text;
};

// A label has the shape of a name: one to four words, each capitalised, a number, an id with a digit ("id1") or
// in a script without case; lowercase only for the particles of names ("van", "de", "bin") after the first word;
// an optional "(…)" part. "Naïve question from me" and "note to self" are not names.
bool nameShaped(const QString& label)
{
    static const QRegularExpression bracket(QStringLiteral(R"(\s*\([^()]*\)\s*$)"));
    static const QRegularExpression digit(QStringLiteral(R"(\d)"));  // an id: "id1", "p03"
    static const QRegularExpression word(QStringLiteral(R"(^[\p{Lu}\p{Lt}\p{Lo}\p{N}])"), QRegularExpression::UseUnicodePropertiesOption);
    static const QSet<QString> particles{QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"), QStringLiteral("der"),
                                         QStringLiteral("den"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("du"),
                                         QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("la"), QStringLiteral("le"),
                                         QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("al"), QStringLiteral("el"),
                                         QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("do"), QStringLiteral("ter"),
                                         QStringLiteral("ten"), QStringLiteral("y")};
    QString name = label;
    name.remove(bracket);
    const QStringList words = name.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.size() > 4)
        return false;
    for (qsizetype i = 0; i < words.size(); ++i)
        if (!word.match(words[i]).hasMatch() && !words[i].contains(digit) && (i == 0 || !particles.contains(words[i])))
            return false;
    return true;
}

}  // namespace

QList<DraftTurn> verbatimTurns(const QString& text)
{
    QList<Line> lines;
    qint64 cp = 0;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        const qint64 length = TextOffsets::codePointLength(l);
        lines.append({cp, cp + length, l});
        cp += length + 1;
    }
    const SpeakerLabels labels;
    QList<LineLabel> parsed;
    QHash<QString, int> turnsOf;
    for (const Line& l : lines) {
        parsed.append(l.text.trimmed().isEmpty() ? LineLabel{} : labels.parse(l.text));
        LineLabel& label = parsed.last();
        if (!label.speaker.isEmpty() && !nameShaped(label.speaker))
            label.speaker.clear();  // a heading or a question ("Naïve question from me:"), not a speaker
        if (!label.speaker.isEmpty())
            ++turnsOf[label.speaker];
    }
    // In a long transcript a label that occurs once is a heading ("Closing:"), not someone who spoke once.
    qsizetype labelled = 0, paragraphs = 0;
    const int labelledLines = std::accumulate(turnsOf.cbegin(), turnsOf.cend(), 0);
    bool previousBlank = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool blank = lines[i].text.trimmed().isEmpty();
        if (!parsed[i].speaker.isEmpty() && labelledLines >= kLongTranscript && turnsOf.value(parsed[i].speaker) == 1)
            parsed[i].speaker.clear();
        labelled += parsed[i].speaker.isEmpty() ? 0 : 1;
        paragraphs += (!blank && (previousBlank || !parsed[i].speaker.isEmpty())) ? 1 : 0;
        previousBlank = blank;
    }
    const bool speakers = labelled >= 2 && labelled * 10 >= paragraphs * 3;

    QList<DraftTurn> turns;
    bool open = false;
    previousBlank = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.text.trimmed().isEmpty()) {
            previousBlank = true;
            continue;
        }
        const bool startsTurn = speakers ? !parsed[i].speaker.isEmpty() || !open : previousBlank;
        qint64 from = l.start;
        if (speakers && !parsed[i].speaker.isEmpty() && l.text.endsWith(parsed[i].rest))
            from = l.end - TextOffsets::codePointLength(parsed[i].rest);
        // Trailing spaces are not part of what was said.
        qsizetype last = l.text.size();
        while (last > 0 && l.text[last - 1].isSpace())
            --last;
        const qint64 lineEnd = l.end - TextOffsets::codePointLength(l.text.mid(last));
        if (startsTurn) {
            DraftTurn t;
            t.speaker = speakers ? parsed[i].speaker : QString();
            t.beginMs = parsed[i].timeMs;
            t.span = {from, std::max(from, lineEnd)};
            turns.append(t);
            open = true;
        } else if (!turns.isEmpty()) {
            turns.last().span.end = std::max(turns.last().span.end, lineEnd);
        }
        previousBlank = false;
    }
    turns.removeIf([](const DraftTurn& t) { return t.span.isEmpty(); });
    return turns;
}

}  // namespace thema
