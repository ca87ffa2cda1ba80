#include "unlinkthemecodes.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

UnlinkThemeCodes::UnlinkThemeCodes(Session& session, const QString& themeGuid, const QList<Id>& codes)
    : StoreCommand(session, QObject::tr("Take %n code(s) out of theme", nullptr, int(codes.size()))), m_theme(themeGuid),
      m_codes(codeGuids(codes))
{
}

void UnlinkThemeCodes::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id theme = themeref::require(s, m_theme);
        const QList<Id> had = s.theme(theme)->codes;
        const QList<Id> codes = liveCodes(m_codes);
        m_removed.clear();
        for (qsizetype i = 0; i < codes.size(); ++i)
            if (had.contains(codes[i]) && !m_removed.contains(m_codes[i])) {
                s.unlinkCode(theme, codes[i]);
                m_removed.append(m_codes[i]);
            }
    });
}

void UnlinkThemeCodes::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id theme = themeref::require(s, m_theme);
        for (Id c : liveCodes(m_removed))
            s.linkCode(theme, c);
    });
}

}  // namespace thema
