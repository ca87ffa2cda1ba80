#include "participantedits.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

AddParticipant::AddParticipant(Session& session, const QString& name)
    : StoreCommand(session, QObject::tr("Add participant \"%1\"").arg(name))
{
    m_participant.name = name.trimmed();
}

void AddParticipant::apply()
{
    m_participant.id = 0;
    store().addParticipant(m_participant);  // keeps the GUID it was given the first time
}

void AddParticipant::revert() { store().removeParticipant(liveParticipant(m_participant.guid, m_participant.name)); }

RenameParticipant::RenameParticipant(Session& session, Id participant, const QString& oldName, const QString& newName,
                                     qint64 seen)
    : StoreCommand(session, QObject::tr("Rename participant \"%1\" to \"%2\"").arg(oldName, newName)),
      m_participant(participantGuid(participant)), m_old(oldName), m_new(newName.trimmed()), m_seen(seen)
{
}

void RenameParticipant::apply() { store().renameParticipant(liveParticipant(m_participant, m_old), m_new, versionToCheck(m_seen)); }
void RenameParticipant::revert() { store().renameParticipant(liveParticipant(m_participant, m_new), m_old); }

SetInterviewer::SetInterviewer(Session& session, Id participant, bool interviewer)
    : StoreCommand(session, interviewer ? QObject::tr("Mark as interviewer") : QObject::tr("Mark as interviewee")),
      m_participant(participantGuid(participant)), m_interviewer(interviewer)
{
}

void SetInterviewer::apply()
{
    const Id id = liveParticipant(m_participant);
    if (m_owners.isEmpty())
        for (const Source& s : store().sources())
            m_owners.insert(s.guid, participantGuid(s.participant));
    store().setInterviewer(id, m_interviewer);
}

void SetInterviewer::revert()
{
    store().transaction([&] {
        store().setInterviewer(liveParticipant(m_participant), !m_interviewer);
        for (const Source& s : store().sources()) {
            if (!m_owners.contains(s.guid))
                continue;  // a source imported since: not this step's to change
            const QString guid = m_owners.value(s.guid);
            const auto owner = guid.isEmpty() ? std::nullopt : store().participantByGuid(guid);  // gone since: none
            if ((owner ? owner->id : 0) != s.participant)
                store().setSourceParticipant(s.id, owner ? owner->id : 0);
        }
    });
}

MergeParticipant::MergeParticipant(Session& session, Id from, Id into)
    : StoreCommand(session, QObject::tr("Merge participants")), m_into(participantGuid(into))
{
    m_from.guid = participantGuid(from);
}

void MergeParticipant::apply()
{
    const auto from = m_from.guid.isEmpty() ? std::nullopt : store().participantByGuid(m_from.guid);
    const auto into = m_into.isEmpty() ? std::nullopt : store().participantByGuid(m_into);
    if (!from || !into)
        throw Error(QObject::tr("The participant to merge no longer exists"));
    m_from = *from;
    setText(QObject::tr("Merge \"%1\" into \"%2\"").arg(from->name, into->name));
    m_speakers.clear();
    m_sources.clear();
    m_copied.clear();
    QHash<Id, QString> guids;
    for (const Source& s : store().sources())
        guids.insert(s.id, s.guid);
    for (const Turn& t : store().allTurns()) {
        const std::pair<QString, QString> key{guids.value(t.source), t.speaker};
        if (t.participant == m_from.id && !m_speakers.contains(key))
            m_speakers.append(key);
    }
    for (const Source& s : store().sources())
        if (s.participant == m_from.id)
            m_sources.append(s.guid);
    for (auto it = from->attributes.cbegin(); it != from->attributes.cend(); ++it)
        if (!into->attributes.contains(it.key()))
            m_copied.append(it.key());
    store().mergeParticipant(m_from.id, into->id);
}

void MergeParticipant::revert()
{
    store().transaction([&] {
        const Id into = liveParticipant(m_into);
        for (const QString& key : std::as_const(m_copied))
            store().removeAttribute(into, key);
        m_from.id = 0;
        store().addParticipant(m_from);
        for (const auto& [source, speaker] : std::as_const(m_speakers))
            store().setTurnParticipant(liveSource(source), speaker, m_from.id);
        for (const QString& source : std::as_const(m_sources))
            store().setSourceParticipant(liveSource(source), m_from.id);
    });
}

}  // namespace thema
