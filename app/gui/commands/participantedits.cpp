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

void AddParticipant::revert() { store().removeParticipant(m_participant.id); }

RenameParticipant::RenameParticipant(Session& session, Id participant, const QString& oldName, const QString& newName)
    : StoreCommand(session, QObject::tr("Rename participant \"%1\" to \"%2\"").arg(oldName, newName)),
      m_participant(participant), m_old(oldName), m_new(newName.trimmed())
{
}

void RenameParticipant::apply() { store().renameParticipant(m_participant, m_new); }
void RenameParticipant::revert() { store().renameParticipant(m_participant, m_old); }

SetInterviewer::SetInterviewer(Session& session, Id participant, bool interviewer)
    : StoreCommand(session, interviewer ? QObject::tr("Mark as interviewer") : QObject::tr("Mark as interviewee")),
      m_participant(participant), m_interviewer(interviewer)
{
}

void SetInterviewer::apply()
{
    if (m_owners.isEmpty())
        for (const Source& s : store().sources())
            m_owners.insert(s.id, s.participant);
    store().setInterviewer(m_participant, m_interviewer);
}

void SetInterviewer::revert()
{
    store().transaction([&] {
        store().setInterviewer(m_participant, !m_interviewer);
        for (const Source& s : store().sources())
            if (m_owners.contains(s.id) && m_owners.value(s.id) != s.participant)
                store().setSourceParticipant(s.id, m_owners.value(s.id));
    });
}

MergeParticipant::MergeParticipant(Session& session, Id from, Id into)
    : StoreCommand(session, QObject::tr("Merge participants")), m_into(into)
{
    m_from.id = from;
}

void MergeParticipant::apply()
{
    const auto from = store().participant(m_from.id);
    const auto into = store().participant(m_into);
    if (!from || !into)
        throw Error(QObject::tr("The participant to merge no longer exists"));
    m_from = *from;
    setText(QObject::tr("Merge \"%1\" into \"%2\"").arg(from->name, into->name));
    m_speakers.clear();
    m_sources.clear();
    m_copied.clear();
    for (const Turn& t : store().allTurns()) {
        const std::pair<Id, QString> key{t.source, t.speaker};
        if (t.participant == m_from.id && !m_speakers.contains(key))
            m_speakers.append(key);
    }
    for (const Source& s : store().sources())
        if (s.participant == m_from.id)
            m_sources.append(s.id);
    for (auto it = from->attributes.cbegin(); it != from->attributes.cend(); ++it)
        if (!into->attributes.contains(it.key()))
            m_copied.append(it.key());
    store().mergeParticipant(m_from.id, m_into);
}

void MergeParticipant::revert()
{
    store().transaction([&] {
        for (const QString& key : std::as_const(m_copied))
            store().removeAttribute(m_into, key);
        m_from.id = 0;
        store().addParticipant(m_from);
        for (const auto& [source, speaker] : std::as_const(m_speakers))
            store().setTurnParticipant(source, speaker, m_from.id);
        for (Id source : std::as_const(m_sources))
            store().setSourceParticipant(source, m_from.id);
    });
}

}  // namespace thema
