#include "gui/media/setrecording.h"

#include "store/projectstore.h"

namespace thema {

SetRecording::SetRecording(Session& session, Id source, std::optional<SourceMedia> newMedia)
    : StoreCommand(session, newMedia ? QObject::tr("Link recording") : QObject::tr("Unlink recording")), m_source(source),
      m_sourceGuid(sourceGuid(source)), m_old(store().sourceMedia(source)), m_new(std::move(newMedia))
{
}

void SetRecording::put(const std::optional<SourceMedia>& media)
{
    checkSource(m_source, m_sourceGuid);
    if (media) {
        SourceMedia copy = *media;
        store().setSourceMedia(copy);
    } else {
        store().removeSourceMedia(m_source);
    }
}

void SetRecording::apply() { put(m_new); }
void SetRecording::revert() { put(m_old); }

}  // namespace thema
