// ProjectStore: the codebook.
#include "projectstore.h"

#include "names.h"
#include "sql.h"
#include "timestamps.h"
#include "tree.h"

#include <QRegularExpression>

namespace thema {
namespace {

const QString kCodeSelect = QStringLiteral(
    "SELECT id, guid, ifnull(parent, 0), name, color, definition, when_to_use, when_not, example, position, version FROM code ");

QList<Code> readCodes(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QList<Code> result;
    sql::Query q(db, kCodeSelect + where, values);
    while (q.next()) {
        Code c;
        c.id = q.integer(0);
        c.guid = q.text(1);
        c.parent = q.integer(2);
        c.name = q.text(3);
        c.color = q.text(4);
        c.description = {q.text(5), q.text(6), q.text(7), q.text(8)};
        c.position = int(q.integer(9));
        c.version = q.integer(10);
        result.append(c);
    }
    return result;
}

// A palette that stays readable as a highlight on white and on dark backgrounds.
const char* const kCodeColors[] = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6",
                                   "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#ffe119"};

}  // namespace

void ProjectStore::checkCodeName(const QString& name) const
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("A code needs a name"));
    if (name.contains(QLatin1Char('/')))
        throw Error(QStringLiteral("\"%1\": a code's name cannot contain '/', which separates levels of a code path").arg(name));
}

Id ProjectStore::codeIdInTree(Id parent, const QString& name) const
{
    return sql::scalar(database(), QStringLiteral("SELECT id FROM code WHERE ifnull(parent, 0) = ? AND name = ?"),
                       {parent, name}).toLongLong();
}

Id ProjectStore::addCode(Code& code)
{
    code.name = singleLineName(code.name);
    checkCodeName(code.name);
    transaction([&] {
        if (code.parent && !this->code(code.parent))
            throw Error(QStringLiteral("No parent code with id %1").arg(code.parent));
        if (codeIdInTree(code.parent, code.name))
            throw Error(QStringLiteral("A code \"%1\" exists already at that level").arg(code.name));
        if (code.guid.isEmpty())
            code.guid = newGuid();
        if (code.color.isEmpty()) {
            const qint64 n = sql::scalar(database(), QStringLiteral("SELECT count(*) FROM code")).toLongLong();
            code.color = QString::fromLatin1(kCodeColors[n % std::size(kCodeColors)]);
        }
        if (code.position == 0)
            code.position = sql::scalar(database(), QStringLiteral("SELECT ifnull(max(position), 0) + 1 FROM code WHERE ifnull(parent, 0) = ?"),
                                        {code.parent}).toInt();
        sql::Query q(database(),
                     QStringLiteral("INSERT INTO code(guid, parent, name, color, definition, when_to_use, when_not, example,"
                                    " position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {code.guid.toLower(), sql::idOrNull(code.parent), code.name, code.color, code.description.definition,
                      code.description.whenToUse, code.description.whenNotToUse, code.description.example, code.position,
                      sql::now()});
        code.id = q.lastInsertId();
        code.version = 1;
        touch(CodesChanged);
    });
    return code.id;
}

std::optional<Code> ProjectStore::codeByPath(const QString& path, bool create)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    std::optional<Code> found;
    auto walk = [&] {
        Id parent = 0;
        for (const QString& raw : parts) {
            const QString name = singleLineName(raw);
            if (name.isEmpty())
                continue;
            Id id = codeIdInTree(parent, name);
            if (!id) {
                if (!create)
                    return;
                Code c;
                c.parent = parent;
                c.name = name;
                id = addCode(c);
            }
            parent = id;
        }
        found = code(parent);
    };
    if (create)
        transaction(walk);
    else
        walk();
    return found;
}

QList<Code> ProjectStore::codes() const
{
    return tree::depthFirst(readCodes(database(), {}, {}));
}

std::optional<Code> ProjectStore::code(Id id) const
{
    // One row and its ancestors' names, not the whole codebook: this sits on the path of every addCoding.
    const QList<Code> found = readCodes(database(), QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    Code c = found.first();
    c.path = c.name;
    for (Id parent = c.parent, depth = 0; parent && depth < 64; ++depth) {
        sql::Query q(database(), QStringLiteral("SELECT name, ifnull(parent, 0) FROM code WHERE id = ?"), {parent});
        if (!q.next())
            break;
        c.path = q.text(0) + QLatin1Char('/') + c.path;
        parent = q.integer(1);
    }
    return c;
}

std::optional<Code> ProjectStore::codeByGuid(const QString& guid) const
{
    const Id id = sql::scalar(database(), QStringLiteral("SELECT id FROM code WHERE guid = ?"), {guid.toLower()}).toLongLong();
    return id ? code(id) : std::nullopt;
}

void ProjectStore::renameCode(Id id, const QString& newName, qint64 seen)
{
    const QString name = singleLineName(newName);
    checkCodeName(name);
    transaction([&] {
        const auto c = code(id);
        if (!c)
            throw Error(QStringLiteral("No code with id %1").arg(id));
        const Id clash = codeIdInTree(c->parent, name);
        if (clash && clash != id)
            throw Error(QStringLiteral("A code \"%1\" exists already at that level").arg(name));
        bumpVersion("code", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE code SET name = ? WHERE id = ?"), {name, id});
        touch(CodesChanged);
    });
}

QList<Id> ProjectStore::codeSubtree(Id id) const
{
    QList<Id> result{id};
    const QList<Code> all = codes();
    for (int i = 0; i < result.size(); ++i)
        for (const Code& c : all)
            if (c.parent == result[i])
                result.append(c.id);
    return result;
}

void ProjectStore::moveCode(Id id, Id newParent, int position, qint64 seen)
{
    transaction([&] {
        const auto c = code(id);
        if (!c)
            throw Error(QStringLiteral("No code with id %1").arg(id));
        if (newParent && codeSubtree(id).contains(newParent))
            throw Error(QStringLiteral("\"%1\" cannot move below itself").arg(c->path));
        if (newParent && !code(newParent))
            throw Error(QStringLiteral("No parent code with id %1").arg(newParent));
        const Id clash = codeIdInTree(newParent, c->name);
        if (clash && clash != id)
            throw Error(QStringLiteral("A code \"%1\" exists already at the target level").arg(c->name));
        bumpVersion("code", id, seen);
        if (position < 0)
            position = sql::scalar(database(), QStringLiteral("SELECT ifnull(max(position), 0) + 1 FROM code WHERE ifnull(parent, 0) = ?"),
                                   {newParent}).toInt();
        else
            sql::Query(database(), QStringLiteral("UPDATE code SET position = position + 1 WHERE ifnull(parent, 0) = ? AND position >= ?"),
                       {newParent, position});
        sql::Query(database(), QStringLiteral("UPDATE code SET parent = ?, position = ? WHERE id = ?"),
                   {sql::idOrNull(newParent), position, id});
        touch(CodesChanged);
    });
}

void ProjectStore::setCodeColor(Id id, const QString& color, qint64 seen)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hex.match(color).hasMatch())
        throw Error(QStringLiteral("\"%1\" is not a colour; use #RRGGBB").arg(color));
    transaction([&] {
        bumpVersion("code", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE code SET color = ? WHERE id = ?"), {color.toLower(), id});
        touch(CodesChanged);
    });
}

void ProjectStore::setCodeDescription(Id id, const CodeDescription& d, qint64 seen)
{
    transaction([&] {
        bumpVersion("code", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE code SET definition = ?, when_to_use = ?, when_not = ?, example = ? WHERE id = ?"),
                   {d.definition, d.whenToUse, d.whenNotToUse, d.example, id});
        touch(CodesChanged);
    });
}

void ProjectStore::mergeCode(Id from, Id into)
{
    if (from == into)
        throw Error(QStringLiteral("A code cannot be merged into itself"));
    transaction([&] {
        const auto source = code(from);
        const auto target = code(into);
        if (!source || !target)
            throw Error(QStringLiteral("Both codes of a merge must exist"));
        if (codeSubtree(from).contains(into))
            throw Error(QStringLiteral("\"%1\" cannot be merged into its own subcode").arg(source->path));
        const QSqlDatabase db = database();
        // Identical codings (same span, coder) would be duplicates after the merge: drop the merged code's copy.
        sql::Query(db, QStringLiteral("DELETE FROM coding WHERE code = ? AND EXISTS (SELECT 1 FROM coding o WHERE o.code = ?"
                                      " AND o.source = coding.source AND o.start = coding.start AND o.end = coding.end"
                                      " AND o.coder = coding.coder)"), {from, into});
        sql::Query(db, QStringLiteral("UPDATE coding SET code = ? WHERE code = ?"), {into, from});
        sql::Query(db, QStringLiteral("INSERT OR IGNORE INTO theme_code(theme, code) SELECT theme, ? FROM theme_code WHERE code = ?"), {into, from});
        // A child whose name the target already has at that level is merged into that code, recursively.
        for (const Code& child : codes()) {
            if (child.parent != from)
                continue;
            if (const Id twin = codeIdInTree(into, child.name))
                mergeCode(child.id, twin);
            else
                moveCode(child.id, into);
        }
        sql::Query(db, QStringLiteral("UPDATE memo SET target_id = ? WHERE target = 'code' AND target_id = ?"), {into, from});
        sql::Query(db, QStringLiteral("DELETE FROM code WHERE id = ?"), {from});
        touch(CodesChanged | CodingsChanged | ThemesChanged | MemosChanged);
    });
}

void ProjectStore::removeCode(Id id)
{
    transaction([&] {
        for (Id c : codeSubtree(id))
            sql::Query(database(), QStringLiteral("DELETE FROM memo WHERE target = 'code' AND target_id = ?"), {c});
        sql::Query(database(), QStringLiteral("DELETE FROM code WHERE id = ?"), {id});
        touch(CodesChanged | CodingsChanged | ThemesChanged | MemosChanged);
    });
}

QList<CodeCount> ProjectStore::codeCounts() const
{
    QList<CodeCount> result;
    sql::Query q(database(), QStringLiteral("SELECT code, coder, count(*), count(DISTINCT source) FROM coding GROUP BY code, coder"), {});
    while (q.next())
        result.append({q.integer(0), q.integer(1), q.integer(2), q.integer(3)});
    return result;
}

}  // namespace thema
