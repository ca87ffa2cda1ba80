#include "core/media/turnalign.h"


#include <algorithm>
#include <cmath>

namespace thema {
namespace {

struct TimedWord {
    QString word;
    qint64 ms = 0;
};

QList<TimedWord> timedWords(const QList<TimedText>& cues)
{
    QList<TimedWord> result;
    for (const TimedText& cue : cues) {
        const QStringList words = TurnAlign::words(cue.text);
        const qint64 span = std::max<qint64>(0, cue.endMs - cue.beginMs);
        for (int i = 0; i < words.size(); ++i)
            result.append({words[i], cue.beginMs + span * i / std::max<qsizetype>(1, words.size())});
    }
    return result;
}

/** How many of @p probe appear in order in @p words from @p at on, allowing a few extra words between them. */
int matchesAt(const QStringList& probe, const QList<TimedWord>& words, int at)
{
    const int limit = std::min<int>(words.size(), at + int(probe.size()) + 4);
    int count = 0, j = at;
    for (const QString& w : probe) {
        for (int k = j; k < limit; ++k)
            if (words[k].word == w) {
                ++count;
                j = k + 1;
                break;
            }
    }
    return count;
}

}  // namespace

QStringList TurnAlign::words(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString clean;
    clean.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        clean.append(c.isLetterOrNumber() ? c : QChar(u' '));
    }
    return clean.split(QChar(u' '), Qt::SkipEmptyParts);
}

QList<std::optional<qint64>> TurnAlign::align(const QStringList& turns, const QList<TimedText>& cues)
{
    const QList<TimedWord> stream = timedWords(cues);
    QList<std::optional<qint64>> result;
    int from = 0;
    for (const QString& turn : turns) {
        const QStringList probe = words(turn).mid(0, kProbeWords);
        std::optional<qint64> time;
        if (probe.size() >= 2 || (probe.size() == 1 && probe.first().size() > 3)) {
            const int needed = std::max(1, int(std::ceil(kMinSimilarity * probe.size())));
            int best = 0, bestAt = -1;
            const int end = std::min<int>(stream.size(), from + kWindowWords);
            for (int at = from; at < end && best < probe.size(); ++at) {
                // A match starts on one of the turn's first two words (the first may be a speaker label).
                if (stream[at].word != probe[0] && (probe.size() < 2 || stream[at].word != probe[1]))
                    continue;
                const int m = matchesAt(probe, stream, at);
                if (m > best) {
                    best = m;
                    bestAt = at;
                }
            }
            if (bestAt >= 0 && best >= needed) {
                time = stream[bestAt].ms;
                from = bestAt + 1;
            }
        }
        result.append(time);
    }
    return result;
}

}  // namespace thema
