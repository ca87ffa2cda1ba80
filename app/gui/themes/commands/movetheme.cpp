#include "movetheme.h"

#include "themes/themeref.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

MoveTheme::MoveTheme(Session& session, const QString& guid, const QString& newParentGuid, int position)
    : StoreCommand(session, newParentGuid.isEmpty() ? QObject::tr("Make a top-level theme") : QObject::tr("Make a subtheme")), m_guid(guid),
      m_newParent(newParentGuid), m_position(position)
{
}

void MoveTheme::apply()
{
    const Id id = themeref::require(store(), m_guid);
    const auto t = store().theme(id);
    m_oldParent = themeref::guidOf(store(), t->parent);
    m_oldPosition = t->position;
    store().moveTheme(id, m_newParent.isEmpty() ? 0 : themeref::require(store(), m_newParent), m_position);
}

void MoveTheme::revert()
{
    store().moveTheme(themeref::require(store(), m_guid), m_oldParent.isEmpty() ? 0 : themeref::require(store(), m_oldParent),
                      m_oldPosition);
}

}  // namespace thema
