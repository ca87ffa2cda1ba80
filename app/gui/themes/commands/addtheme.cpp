#include "addtheme.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

AddTheme::AddTheme(Session& session, const QString& name, const QString& parentGuid, const QList<Id>& codes)
    : StoreCommand(session, parentGuid.isEmpty() ? QObject::tr("New theme \"%1\"").arg(name) : QObject::tr("New subtheme \"%1\"").arg(name)),
      m_name(name), m_parentGuid(parentGuid), m_guid(newGuid()), m_codes(codeGuids(codes))
{
}

void AddTheme::apply()
{
    Theme t;
    t.guid = m_guid;
    t.name = m_name;
    t.parent = m_parentGuid.isEmpty() ? 0 : themeref::require(store(), m_parentGuid);
    t.codes = liveCodes(m_codes);
    store().addTheme(t);
}

void AddTheme::revert()
{
    store().removeTheme(themeref::require(store(), m_guid));
}

}  // namespace thema
