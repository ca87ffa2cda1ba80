#include "setcodedescription.h"

#include "store/projectstore.h"

namespace thema {

SetCodeDescription::SetCodeDescription(Session& session, Id code, const CodeDescription& oldValue,
                                       const CodeDescription& newValue, qint64 seen)
    : StoreCommand(session, QObject::tr("Edit code description")), m_code(code), m_guid(codeGuid(code)), m_old(oldValue), m_new(newValue), m_seen(seen)
{
}

bool SetCodeDescription::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const SetCodeDescription*>(other);
    if (o->m_code != m_code)
        return false;
    m_new = o->m_new;
    return true;
}

void SetCodeDescription::apply() { store().setCodeDescription(liveCode(m_guid, {}), m_new, versionToCheck(m_seen)); }
void SetCodeDescription::revert() { store().setCodeDescription(liveCode(m_guid, {}), m_old); }

}  // namespace thema
