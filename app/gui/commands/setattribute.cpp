#include "setattribute.h"

#include "store/projectstore.h"

namespace thema {

SetAttribute::SetAttribute(Session& session, Id participant, const QString& key, const std::optional<QString>& oldValue,
                           const QString& newValue)
    : StoreCommand(session, QObject::tr("Set %1").arg(key)), m_participant(participantGuid(participant)), m_key(key),
      m_old(oldValue), m_new(newValue)
{
}

void SetAttribute::set(const std::optional<QString>& value)
{
    const Id participant = liveParticipant(m_participant);
    if (value && !value->isEmpty())
        store().setAttribute(participant, m_key, *value);
    else
        store().removeAttribute(participant, m_key);
}

void SetAttribute::apply() { set(m_new); }
void SetAttribute::revert() { set(m_old); }

}  // namespace thema
