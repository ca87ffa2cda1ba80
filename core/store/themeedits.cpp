// Theme merge and split: the rules of the theme board's two compound edits, for every face.
#include "themeedits.h"

#include "model/error.h"
#include "projectstore.h"

namespace thema {
namespace {

Theme require(const ProjectStore& store, Id id)
{
    const auto t = store.theme(id);
    if (!t)
        throw Error(QStringLiteral("No theme with id %1").arg(id));
    return *t;
}

}  // namespace

ThemeMerge mergeThemes(ProjectStore& store, Id from, Id into)
{
    ThemeMerge done;
    store.transaction([&] {
        const Theme f = require(store, from);
        const Theme i = require(store, into);
        if (from == into)
            throw Error(QStringLiteral("A theme cannot be merged into itself"));
        for (Id p = i.parent; p; p = require(store, p).parent)
            if (p == from)
                throw Error(QStringLiteral("\"%1\" cannot be merged into its own subtheme \"%2\"").arg(f.path, i.path));
        for (Id c : f.codes)
            if (!i.codes.contains(c)) {
                store.linkCode(into, c);
                done.addedCodes.append(c);
            }
        const QList<Id> had = store.exemplars(into);
        for (Id e : store.exemplars(from))
            if (!had.contains(e)) {
                store.setExemplar(into, e, true);
                done.addedExemplars.append(e);
            }
        for (const Theme& t : store.themes())
            if (t.parent == from) {
                store.moveTheme(t.id, into);
                done.movedChildren.append(t.guid);
            }
        done.oldDefinition = i.definition;
        const QString joined = f.definition.trimmed();
        if (!joined.isEmpty() && !i.definition.contains(joined))
            store.setThemeDefinition(into, i.definition.trimmed().isEmpty() ? f.definition
                                                                            : i.definition.trimmed() + QStringLiteral("\n\n") + joined);
        store.removeTheme(from);
    });
    return done;
}

ThemeSplit splitTheme(ProjectStore& store, Id id, const QString& newName, const QList<Id>& codes, const QString& guid)
{
    ThemeSplit done;
    store.transaction([&] {
        const Theme old = require(store, id);
        if (codes.isEmpty())
            throw Error(QStringLiteral("Choose the codes that go to the new theme"));
        for (Id c : codes)
            if (!old.codes.contains(c)) {
                const auto code = store.code(c);
                throw Error(QStringLiteral("Code \"%1\" is not in theme \"%2\"").arg(code ? code->path : QString::number(c), old.path));
            }
        Theme t;
        t.guid = guid;
        t.name = newName;
        t.parent = old.parent;
        t.position = old.position;  // placed beside the old theme
        t.status = ThemeStatus::Candidate;
        done.theme = store.addTheme(t);
        done.guid = t.guid;
        const QList<Id> exemplars = store.exemplars(id);
        for (Id c : codes) {
            store.unlinkCode(id, c);
            store.linkCode(done.theme, c);
        }
        for (Id e : exemplars)
            if (const auto coding = store.coding(e); coding && codes.contains(coding->code)) {
                store.setExemplar(id, e, false);
                store.setExemplar(done.theme, e, true);
                done.movedExemplars.append(e);
            }
    });
    return done;
}

bool setThemeExemplar(ProjectStore& store, Id theme, Id coding, bool on)
{
    bool changed = false;
    store.transaction([&] {
        const Theme t = require(store, theme);
        const auto c = store.coding(coding);
        if (!c)
            throw Error(QStringLiteral("No coding with id %1").arg(coding));
        const bool starred = store.exemplars(theme).contains(coding);
        if (starred == on)
            return;
        if (on) {
            QList<Id> covered = t.codes;
            QList<Id> below{theme};
            const QList<Theme> all = store.themes();
            for (qsizetype i = 0; i < below.size(); ++i)
                for (const Theme& sub : all)
                    if (sub.parent == below[i]) {
                        below.append(sub.id);
                        covered.append(sub.codes);
                    }
            if (!covered.contains(c->code)) {
                const auto code = store.code(c->code);
                throw Error(QStringLiteral("Coding %1 (code \"%2\") is not an extract of theme \"%3\": link its code to the theme first")
                                .arg(coding)
                                .arg(code ? code->path : QString::number(c->code), t.path));
            }
        }
        store.setExemplar(theme, coding, on);
        changed = true;
    });
    return changed;
}

}  // namespace thema
