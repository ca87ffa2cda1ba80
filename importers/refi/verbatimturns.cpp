#include "verbatimturns.h"

#include "speakerlabels.h"
#include "text/offsets.h"

namespace thema {
namespace {

struct Line {
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString text;
};

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
    qsizetype labelled = 0, paragraphs = 0;
    bool previousBlank = true;
    for (const Line& l : lines) {
        const bool blank = l.text.trimmed().isEmpty();
        parsed.append(blank ? LineLabel{} : labels.parse(l.text));
        labelled += parsed.last().speaker.isEmpty() ? 0 : 1;
        paragraphs += (!blank && (previousBlank || !parsed.last().speaker.isEmpty())) ? 1 : 0;
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
