#include "renametheme.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

RenameTheme::RenameTheme(Session& session, const QString& guid, const QString& oldName, const QString& newName, qint64 seen)
    : StoreCommand(session, QObject::tr("Rename theme \"%1\" to \"%2\"").arg(oldName, newName)), m_guid(guid), m_old(oldName),
      m_new(newName), m_seen(seen)
{
}

void RenameTheme::apply() { store().renameTheme(themeref::require(store(), m_guid), m_new, versionToCheck(m_seen)); }

void RenameTheme::revert() { store().renameTheme(themeref::require(store(), m_guid), m_old); }

}  // namespace thema
