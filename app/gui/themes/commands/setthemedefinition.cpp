#include "setthemedefinition.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

SetThemeDefinition::SetThemeDefinition(Session& session, const QString& guid, const QString& oldText, const QString& newText, qint64 seen)
    : StoreCommand(session, QObject::tr("Define theme")), m_guid(guid), m_old(oldText), m_new(newText), m_seen(seen)
{
}

void SetThemeDefinition::apply() { store().setThemeDefinition(themeref::require(store(), m_guid), m_new, versionToCheck(m_seen)); }

void SetThemeDefinition::revert() { store().setThemeDefinition(themeref::require(store(), m_guid), m_old); }

}  // namespace thema
