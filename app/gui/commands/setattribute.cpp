#include "setattribute.h"

#include "store/projectstore.h"

namespace thema {

SetAttribute::SetAttribute(Session& session, Id participant, const QString& key, const std::optional<QString>& oldValue,
                           const QString& newValue, qint64 seen)
    : StoreCommand(session, QObject::tr("Set %1").arg(key)), m_participant(participantGuid(participant)), m_key(key),
      m_old(oldValue), m_new(newValue), m_seen(seen)
{
}

void SetAttribute::set(const std::optional<QString>& value, qint64 seen)
{
    const Id participant = liveParticipant(m_participant);
    if (value && !value->isEmpty())
        store().setAttribute(participant, m_key, *value, seen);
    else
        store().removeAttribute(participant, m_key, seen);
}

void SetAttribute::apply() { set(m_new, versionToCheck(m_seen)); }
void SetAttribute::revert() { set(m_old, 0); }

}  // namespace thema
