#include "unlinkthemecodes.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

UnlinkThemeCodes::UnlinkThemeCodes(Session& session, const QString& themeGuid, const QList<Id>& codes)
    : StoreCommand(session, QObject::tr("Take %n code(s) out of theme", nullptr, int(codes.size()))), m_theme(themeGuid), m_codes(codes)
{
}

void UnlinkThemeCodes::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id theme = themeref::require(s, m_theme);
        const QList<Id> had = s.theme(theme)->codes;
        m_removed.clear();
        for (Id c : m_codes)
            if (had.contains(c) && !m_removed.contains(c)) {
                s.unlinkCode(theme, c);
                m_removed.append(c);
            }
    });
}

void UnlinkThemeCodes::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id theme = themeref::require(s, m_theme);
        for (Id c : m_removed)
            s.linkCode(theme, c);
    });
}

}  // namespace thema
