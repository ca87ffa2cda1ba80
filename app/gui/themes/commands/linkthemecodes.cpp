#include "linkthemecodes.h"

#include "themes/themeref.h"

#include "store/projectstore.h"

namespace thema {

LinkThemeCodes::LinkThemeCodes(Session& session, const QString& themeGuid, const QList<Id>& codes, const QString& fromGuid)
    : StoreCommand(session, fromGuid.isEmpty() ? QObject::tr("Add %n code(s) to theme", nullptr, int(codes.size()))
                                               : QObject::tr("Move %n code(s) to theme", nullptr, int(codes.size()))),
      m_theme(themeGuid), m_from(fromGuid), m_codes(codeGuids(codes))
{
}

void LinkThemeCodes::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id target = themeref::require(s, m_theme);
        const Id from = m_from.isEmpty() ? 0 : themeref::require(s, m_from);
        const QList<Id> had = s.theme(target)->codes;
        const QList<Id> fromHad = from ? s.theme(from)->codes : QList<Id>();
        const QList<Id> codes = liveCodes(m_codes);
        m_added.clear();
        m_removed.clear();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const Id c = codes[i];
            if (!had.contains(c) && !m_added.contains(m_codes[i])) {
                s.linkCode(target, c);
                m_added.append(m_codes[i]);
            }
            if (from && from != target && fromHad.contains(c) && !m_removed.contains(m_codes[i])) {
                s.unlinkCode(from, c);
                m_removed.append(m_codes[i]);
            }
        }
    });
}

void LinkThemeCodes::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id target = themeref::require(s, m_theme);
        for (Id c : liveCodes(m_added))
            s.unlinkCode(target, c);
        if (!m_removed.isEmpty()) {
            const Id from = themeref::require(s, m_from);
            for (Id c : liveCodes(m_removed))
                s.linkCode(from, c);
        }
    });
}

}  // namespace thema
