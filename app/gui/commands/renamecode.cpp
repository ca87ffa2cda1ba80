#include "renamecode.h"

#include "store/projectstore.h"

namespace thema {

RenameCode::RenameCode(Session& session, Id code, const QString& oldName, const QString& newName, qint64 seen)
    : StoreCommand(session, QObject::tr("Rename code \"%1\" to \"%2\"").arg(oldName, newName)),
      m_code(code), m_guid(codeGuid(code)), m_old(oldName), m_new(newName), m_seen(seen)
{
}

void RenameCode::apply() { store().renameCode(liveCode(m_guid, m_old), m_new, versionToCheck(m_seen)); }
void RenameCode::revert() { store().renameCode(liveCode(m_guid, m_new), m_old); }

}  // namespace thema
