#include "splittheme.h"

#include "themes/themeref.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

SplitTheme::SplitTheme(Session& session, const QString& guid, const QString& name, const QString& newName, const QList<Id>& codes)
    : StoreCommand(session, QObject::tr("Split \"%2\" out of theme \"%1\"").arg(name, newName)), m_guid(guid),
      m_newGuid(thema::newGuid()), m_newName(newName), m_codes(codes)
{
}

void SplitTheme::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        const Id id = themeref::require(s, m_guid);
        const Theme old = *s.theme(id);
        if (m_codes.isEmpty())
            throw Error(QObject::tr("Choose the codes that go to the new theme"));
        Theme t;
        t.guid = m_newGuid;
        t.name = m_newName;
        t.parent = old.parent;
        t.position = old.position;  // placed beside the old theme
        t.status = ThemeStatus::Candidate;
        const Id added = s.addTheme(t);
        const QList<Id> exemplars = s.exemplars(id);
        m_movedExemplars.clear();
        for (Id c : m_codes) {
            if (!old.codes.contains(c))
                throw Error(QObject::tr("Code %1 is not in theme \"%2\"").arg(c).arg(old.name));
            s.unlinkCode(id, c);
            s.linkCode(added, c);
        }
        for (Id e : exemplars)
            if (const auto coding = s.coding(e); coding && m_codes.contains(coding->code)) {
                s.setExemplar(id, e, false);
                s.setExemplar(added, e, true);
                m_movedExemplars.append(e);
            }
    });
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
