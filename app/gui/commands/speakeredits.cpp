#include "speakeredits.h"

#include "store/projectstore.h"

namespace thema {

MapSpeaker::MapSpeaker(Session& session, Id source, const QString& speaker, Id oldParticipant, Id newParticipant)
    : StoreCommand(session, QObject::tr("Map speaker \"%1\"").arg(speaker)), m_source(sourceGuid(source)), m_speaker(speaker),
      m_old(participantGuid(oldParticipant)), m_new(participantGuid(newParticipant))
{
}

void MapSpeaker::apply() { store().setTurnParticipant(liveSource(m_source), m_speaker, liveParticipant(m_new)); }
void MapSpeaker::revert() { store().setTurnParticipant(liveSource(m_source), m_speaker, liveParticipant(m_old)); }

SetSourceParticipant::SetSourceParticipant(Session& session, Id source, Id oldParticipant, Id newParticipant)
    : StoreCommand(session, QObject::tr("Set the participant of a source")), m_source(sourceGuid(source)),
      m_old(participantGuid(oldParticipant)), m_new(participantGuid(newParticipant))
{
}

void SetSourceParticipant::apply() { store().setSourceParticipant(liveSource(m_source), liveParticipant(m_new)); }
void SetSourceParticipant::revert() { store().setSourceParticipant(liveSource(m_source), liveParticipant(m_old)); }

}  // namespace thema
