// ProjectStore: themes and subthemes, their codes and exemplar extracts.
#include "projectstore.h"

#include "sql.h"
#include "timestamps.h"
#include "tree.h"

namespace thema {
namespace {

QList<Theme> readThemes(const QSqlDatabase& db)
{
    QList<Theme> result;
    sql::Query q(db, QStringLiteral("SELECT id, guid, ifnull(parent, 0), name, definition, status, position, version FROM theme"), {});
    while (q.next()) {
        Theme t;
        t.id = q.integer(0);
        t.guid = q.text(1);
        t.parent = q.integer(2);
        t.name = q.text(3);
        t.definition = q.text(4);
        t.status = themeStatusFromName(q.text(5)).value_or(ThemeStatus::Candidate);
        t.position = int(q.integer(6));
        t.version = q.integer(7);
        result.append(t);
    }
    QHash<Id, QList<Id>> links;
    sql::Query l(db, QStringLiteral("SELECT theme, code FROM theme_code ORDER BY code"), {});
    while (l.next())
        links[l.integer(0)].append(l.integer(1));
    for (Theme& t : result)
        t.codes = links.value(t.id);
    return result;
}

void checkThemeName(const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("A theme needs a name"));
    if (name.contains(QLatin1Char('/')))
        throw Error(QStringLiteral("\"%1\": a theme's name cannot contain '/', which separates a theme from its subthemes").arg(name));
}

Id themeIdInTree(const QSqlDatabase& db, Id parent, const QString& name)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM theme WHERE ifnull(parent, 0) = ? AND name = ?"), {parent, name}).toLongLong();
}

}  // namespace

Id ProjectStore::addTheme(Theme& theme)
{
    theme.name = theme.name.trimmed();
    checkThemeName(theme.name);
    transaction([&] {
        if (theme.parent && !this->theme(theme.parent))
            throw Error(QStringLiteral("No parent theme with id %1").arg(theme.parent));
        if (themeIdInTree(database(), theme.parent, theme.name))
            throw Error(QStringLiteral("A theme \"%1\" exists already at that level").arg(theme.name));
        if (theme.guid.isEmpty())
            theme.guid = newGuid();
        if (theme.position == 0)
            theme.position = sql::scalar(database(), QStringLiteral("SELECT ifnull(max(position), 0) + 1 FROM theme WHERE ifnull(parent, 0) = ?"),
                                         {theme.parent}).toInt();
        sql::Query q(database(), QStringLiteral("INSERT INTO theme(guid, parent, name, definition, status, position, created_at)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {theme.guid.toLower(), sql::idOrNull(theme.parent), theme.name, theme.definition,
                      themeStatusName(theme.status), theme.position, sql::now()});
        theme.id = q.lastInsertId();
        theme.version = 1;
        for (Id code : theme.codes)
            linkCode(theme.id, code);
        touch(ThemesChanged);
    });
    return theme.id;
}

QList<Theme> ProjectStore::themes() const { return tree::depthFirst(readThemes(database())); }

std::optional<Theme> ProjectStore::theme(Id id) const
{
    for (const Theme& t : themes())
        if (t.id == id)
            return t;
    return std::nullopt;
}

std::optional<Theme> ProjectStore::themeByPath(const QString& path) const
{
    const QString wanted = path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
    for (const Theme& t : themes())
        if (t.path == wanted)
            return t;
    return std::nullopt;
}

void ProjectStore::renameTheme(Id id, const QString& name, qint64 seen)
{
    checkThemeName(name);
    transaction([&] {
        const auto t = theme(id);
        if (!t)
            throw Error(QStringLiteral("No theme with id %1").arg(id));
        const Id clash = themeIdInTree(database(), t->parent, name.trimmed());
        if (clash && clash != id)
            throw Error(QStringLiteral("A theme \"%1\" exists already at that level").arg(name));
        bumpVersion("theme", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE theme SET name = ? WHERE id = ?"), {name.trimmed(), id});
        touch(ThemesChanged);
    });
}

void ProjectStore::moveTheme(Id id, Id newParent, int position, qint64 seen)
{
    transaction([&] {
        const auto t = theme(id);
        if (!t)
            throw Error(QStringLiteral("No theme with id %1").arg(id));
        if (newParent && !theme(newParent))
            throw Error(QStringLiteral("No parent theme with id %1").arg(newParent));
        for (Id p = newParent; p; p = theme(p) ? theme(p)->parent : 0)
            if (p == id)
                throw Error(QStringLiteral("\"%1\" cannot be nested below itself").arg(t->path));
        const Id clash = themeIdInTree(database(), newParent, t->name);
        if (clash && clash != id)
            throw Error(QStringLiteral("A theme \"%1\" exists already at the target level").arg(t->name));
        bumpVersion("theme", id, seen);
        if (position < 0)
            position = sql::scalar(database(), QStringLiteral("SELECT ifnull(max(position), 0) + 1 FROM theme WHERE ifnull(parent, 0) = ?"),
                                   {newParent}).toInt();
        else
            sql::Query(database(), QStringLiteral("UPDATE theme SET position = position + 1 WHERE ifnull(parent, 0) = ? AND position >= ?"),
                       {newParent, position});
        sql::Query(database(), QStringLiteral("UPDATE theme SET parent = ?, position = ? WHERE id = ?"),
                   {sql::idOrNull(newParent), position, id});
        touch(ThemesChanged);
    });
}

void ProjectStore::setThemeDefinition(Id id, const QString& definition, qint64 seen)
{
    transaction([&] {
        bumpVersion("theme", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE theme SET definition = ? WHERE id = ?"), {definition, id});
        touch(ThemesChanged);
    });
}

void ProjectStore::setThemeStatus(Id id, ThemeStatus status, qint64 seen)
{
    transaction([&] {
        bumpVersion("theme", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE theme SET status = ? WHERE id = ?"), {themeStatusName(status), id});
        touch(ThemesChanged);
    });
}

void ProjectStore::linkCode(Id theme, Id code)
{
    transaction([&] {
        if (!this->theme(theme))
            throw Error(QStringLiteral("No theme with id %1").arg(theme));
        if (!this->code(code))
            throw Error(QStringLiteral("No code with id %1").arg(code));
        sql::Query(database(), QStringLiteral("INSERT OR IGNORE INTO theme_code(theme, code) VALUES (?, ?)"), {theme, code});
        touch(ThemesChanged);
    });
}

void ProjectStore::unlinkCode(Id theme, Id code)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("DELETE FROM theme_code WHERE theme = ? AND code = ?"), {theme, code});
        touch(ThemesChanged);
    });
}

void ProjectStore::removeTheme(Id id)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("DELETE FROM memo WHERE target = 'theme' AND target_id = ?"), {id});
        sql::Query(database(), QStringLiteral("DELETE FROM theme WHERE id = ?"), {id});
        touch(ThemesChanged | MemosChanged);
    });
}

void ProjectStore::setExemplar(Id theme, Id coding, bool exemplar)
{
    transaction([&] {
        if (exemplar)
            sql::Query(database(), QStringLiteral("INSERT OR IGNORE INTO theme_exemplar(theme, coding) VALUES (?, ?)"), {theme, coding});
        else
            sql::Query(database(), QStringLiteral("DELETE FROM theme_exemplar WHERE theme = ? AND coding = ?"), {theme, coding});
        touch(ThemesChanged);
    });
}

QList<Id> ProjectStore::exemplars(Id theme) const
{
    QList<Id> result;
    sql::Query q(database(), QStringLiteral("SELECT coding FROM theme_exemplar WHERE theme = ? ORDER BY coding"), {theme});
    while (q.next())
        result.append(q.integer(0));
    return result;
}

}  // namespace thema
