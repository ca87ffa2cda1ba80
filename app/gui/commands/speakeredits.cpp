#include "speakeredits.h"

#include "store/projectstore.h"

namespace thema {

MapSpeaker::MapSpeaker(Session& session, Id source, const QString& speaker, Id oldParticipant, Id newParticipant)
    : StoreCommand(session, QObject::tr("Map speaker \"%1\"").arg(speaker)), m_source(source), m_speaker(speaker),
      m_old(oldParticipant), m_new(newParticipant)
{
}

void MapSpeaker::apply() { store().setTurnParticipant(m_source, m_speaker, m_new); }
void MapSpeaker::revert() { store().setTurnParticipant(m_source, m_speaker, m_old); }

SetSourceParticipant::SetSourceParticipant(Session& session, Id source, Id oldParticipant, Id newParticipant)
    : StoreCommand(session, QObject::tr("Set the participant of a source")), m_source(source), m_old(oldParticipant),
      m_new(newParticipant)
{
}

void SetSourceParticipant::apply() { store().setSourceParticipant(m_source, m_new); }
void SetSourceParticipant::revert() { store().setSourceParticipant(m_source, m_old); }

}  // namespace thema
