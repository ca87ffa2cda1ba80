#include "setthemestatus.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

SetThemeStatus::SetThemeStatus(Session& session, const QString& guid, ThemeStatus oldStatus, ThemeStatus newStatus)
    : StoreCommand(session, QObject::tr("Mark theme %1").arg(themeStatusName(newStatus))), m_guid(guid), m_old(oldStatus),
      m_new(newStatus)
{
}

void SetThemeStatus::apply() { store().setThemeStatus(themeref::require(store(), m_guid), m_new); }

void SetThemeStatus::revert() { store().setThemeStatus(themeref::require(store(), m_guid), m_old); }

}  // namespace thema
