#include "removetheme.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

RemoveTheme::RemoveTheme(Session& session, const QString& guid, const QString& name)
    : StoreCommand(session, QObject::tr("Remove theme \"%1\"").arg(name)), m_guid(guid)
{
}

void RemoveTheme::apply()
{
    const Id id = themeref::require(store(), m_guid);
    m_snapshot = ThemeSnapshot::capture(store(), m_guid);
    store().removeTheme(id);
}

void RemoveTheme::revert() { m_snapshot.restore(store()); }

}  // namespace thema
