#include "mergethemes.h"

#include "themes/themeref.h"

#include "model/error.h"
#include "store/projectstore.h"

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
        if (from == into)
            throw Error(QObject::tr("A theme cannot be merged into itself"));
        for (Id p = s.theme(into)->parent; p; p = s.theme(p)->parent)
            if (p == from)
                throw Error(QObject::tr("A theme cannot be merged into one of its own subthemes"));
        m_snapshot = ThemeSnapshot::capture(s, m_from, false);
        const Theme f = *s.theme(from);
        const Theme i = *s.theme(into);
        m_addedCodes.clear();
        m_addedExemplars.clear();
        m_movedChildren.clear();
        for (Id c : f.codes)
            if (!i.codes.contains(c)) {
                s.linkCode(into, c);
                m_addedCodes.append(c);
            }
        const QList<Id> had = s.exemplars(into);
        for (Id e : s.exemplars(from))
            if (!had.contains(e)) {
                s.setExemplar(into, e, true);
                m_addedExemplars.append(e);
            }
        for (const Theme& t : s.themes())
            if (t.parent == from) {
                s.moveTheme(t.id, into);
                m_movedChildren.append(t.guid);
            }
        m_oldDefinition = i.definition;
        if (!f.definition.trimmed().isEmpty() && !i.definition.contains(f.definition.trimmed()))
            s.setThemeDefinition(into, i.definition.trimmed().isEmpty() ? f.definition
                                                                        : i.definition.trimmed() + QStringLiteral("\n\n") + f.definition.trimmed());
        s.removeTheme(from);
    });
}

void MergeThemes::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        m_snapshot.restore(s);
        const Id from = themeref::require(s, m_from);
        const Id into = themeref::require(s, m_into);
        for (const QString& child : m_movedChildren)
            s.moveTheme(themeref::require(s, child), from);
        for (Id c : m_addedCodes)
            s.unlinkCode(into, c);
        for (Id e : m_addedExemplars)
            s.setExemplar(into, e, false);
        s.setThemeDefinition(into, m_oldDefinition);
    });
}

}  // namespace thema
