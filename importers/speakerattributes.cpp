#include "speakerattributes.h"

#include "store/projectstore.h"

#include <QSet>

namespace thema {

void writeSpeakerAttributes(ProjectStore& store, Id source, const SourceDraft& draft)
{
    if (draft.speakerAttributes.isEmpty())
        return;
    QSet<QString> done;
    for (const Turn& turn : store.turns(source)) {
        if (!turn.participant || done.contains(turn.speaker) || !draft.speakerAttributes.contains(turn.speaker))
            continue;
        done.insert(turn.speaker);
        const QMap<QString, QString>& attributes = draft.speakerAttributes[turn.speaker];
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            store.setAttribute(turn.participant, it.key(), it.value());
    }
}

}  // namespace thema
