#include "setthemestatus.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

SetThemeStatus::SetThemeStatus(Session& session, const QString& guid, ThemeStatus oldStatus, ThemeStatus newStatus, qint64 seen)
    : StoreCommand(session, QObject::tr("Mark theme %1").arg(themeStatusName(newStatus))), m_guid(guid), m_old(oldStatus),
      m_new(newStatus), m_seen(seen)
{
}

void SetThemeStatus::apply() { store().setThemeStatus(themeref::require(store(), m_guid), m_new, versionToCheck(m_seen)); }

void SetThemeStatus::revert() { store().setThemeStatus(themeref::require(store(), m_guid), m_old); }

}  // namespace thema
