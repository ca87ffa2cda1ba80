#include "mergethemes.h"

#include "themes/themeref.h"

#include "store/projectstore.h"
#include "store/themeedits.h"

namespace thema {

MergeThemes::MergeThemes(Session& session, const QString& fromGuid, const QString& intoGuid, const QString& fromName,
                         const QString& intoName)
    : StoreCommand(session, QObject::tr("Merge theme \"%1\" into \"%2\"").arg(fromName, intoName)), m_from(fromGuid), m_into(intoGuid)
{
}

void MergeThemes::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id from = themeref::require(s, m_from);
        const Id into = themeref::require(s, m_into);
        m_snapshot = ThemeSnapshot::capture(s, m_from, false);
        m_merge = mergeThemes(s, from, into);
    });
}

void MergeThemes::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        m_snapshot.restore(s);
        const Id from = themeref::require(s, m_from);
        const Id into = themeref::require(s, m_into);
        for (const QString& child : m_merge.movedChildren)
            s.moveTheme(themeref::require(s, child), from);
        for (Id c : m_merge.addedCodes)
            s.unlinkCode(into, c);
        for (Id e : m_merge.addedExemplars)
            s.setExemplar(into, e, false);
        s.setThemeDefinition(into, m_merge.oldDefinition);
    });
}

}  // namespace thema
