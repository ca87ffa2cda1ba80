#include "core/media/sourcealign.h"

#include "store/projectstore.h"
#include "text/offsets.h"

namespace thema {

AlignReport alignSource(ProjectStore& store, Id source, const QList<TimedText>& cues)
{
    const QString text = store.sourceText(source);
    const QList<Turn> turns = store.turns(source);
    QStringList texts;
    for (const Turn& t : turns)
        texts.append(TextOffsets::mid(text, t.span.start, t.span.end));
    const QList<std::optional<qint64>> times = TurnAlign::align(texts, cues);
    AlignReport report;
    report.turns = int(turns.size());
    store.transaction([&] {
        for (int i = 0; i < turns.size(); ++i)
            if (times[i]) {
                store.setTurnBegin(turns[i].id, times[i]);
                ++report.timed;
            }
    });
    return report;
}

}  // namespace thema
