#include "removecode.h"

#include "store/projectstore.h"

namespace thema {

RemoveCode::RemoveCode(Session& session, Id code, const QString& name)
    : StoreCommand(session, QObject::tr("Delete code \"%1\"").arg(name)), m_code(code), m_guid(codeGuid(code))
{
}

void RemoveCode::apply()
{
    m_code = liveCode(m_guid, {});
    m_snapshot = CodeSnapshot::capture(store(), codeSubtreeIds(store(), m_code));
    store().removeCode(m_code);
}

void RemoveCode::revert()
{
    m_snapshot.restore(store());
}

}  // namespace thema
