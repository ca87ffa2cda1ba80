#include "splittheme.h"

#include "themes/themeref.h"

#include "store/projectstore.h"
#include "store/themeedits.h"

namespace thema {

SplitTheme::SplitTheme(Session& session, const QString& guid, const QString& name, const QString& newName, const QList<Id>& codes)
    : StoreCommand(session, QObject::tr("Split \"%2\" out of theme \"%1\"").arg(name, newName)), m_guid(guid),
      m_newGuid(thema::newGuid()), m_newName(newName), m_codes(codes)
{
}

void SplitTheme::apply()
{
    ProjectStore& s = store();
    m_movedExemplars = splitTheme(s, themeref::require(s, m_guid), m_newName, m_codes, m_newGuid).movedExemplars;
}

void SplitTheme::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id id = themeref::require(s, m_guid);
        for (Id c : m_codes)
            s.linkCode(id, c);
        for (Id e : m_movedExemplars)
            s.setExemplar(id, e, true);
        s.removeTheme(themeref::require(s, m_newGuid));
    });
}

}  // namespace thema
