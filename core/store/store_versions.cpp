// ProjectStore: optimistic versioning of codes, themes, memos and participants (schema 3).
#include "projectstore.h"

#include "sql.h"
#include "versionconflict.h"

#include <QStringList>

namespace thema {
namespace {

// A text shown in a message: quoted, one line, cut at 120 characters.
QString shown(const QString& text)
{
    QString s = text.simplified();
    if (s.size() > 120)
        s = s.left(119) + QChar(0x2026);
    return QLatin1Char('"') + s + QLatin1Char('"');
}

}  // namespace

QString ProjectStore::versionedValue(const char* table, Id id, QString* title) const
{
    const QLatin1String t(table);
    QStringList parts;
    if (t == QLatin1String("code")) {
        const auto c = code(id);
        if (!c)
            return {};
        *title = QStringLiteral("Code \"%1\"").arg(c->path);
        parts << QStringLiteral("name ") + shown(c->name) << QStringLiteral("colour ") + c->color
              << QStringLiteral("definition ") + shown(c->description.definition)
              << QStringLiteral("when to use ") + shown(c->description.whenToUse)
              << QStringLiteral("when not to use ") + shown(c->description.whenNotToUse)
              << QStringLiteral("example ") + shown(c->description.example);
    } else if (t == QLatin1String("theme")) {
        const auto th = theme(id);
        if (!th)
            return {};
        *title = QStringLiteral("Theme \"%1\"").arg(th->path);
        parts << QStringLiteral("name ") + shown(th->name) << QStringLiteral("status ") + themeStatusName(th->status)
              << QStringLiteral("definition ") + shown(th->definition);
    } else if (t == QLatin1String("participant")) {
        const auto p = participant(id);
        if (!p)
            return {};
        *title = QStringLiteral("Participant \"%1\"").arg(p->name);
        parts << QStringLiteral("name ") + shown(p->name)
              << (p->interviewer ? QStringLiteral("an interviewer") : QStringLiteral("not an interviewer"));
        for (auto it = p->attributes.cbegin(); it != p->attributes.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + shown(it.value());
    } else {
        sql::Query q(database(), QStringLiteral("SELECT title, text FROM memo WHERE id = ?"), {id});
        if (!q.next())
            return {};
        *title = q.text(0).isEmpty() ? QStringLiteral("Memo %1").arg(id) : QStringLiteral("Memo \"%1\"").arg(q.text(0));
        parts << QStringLiteral("title ") + shown(q.text(0)) << QStringLiteral("text ") + shown(q.text(1));
    }
    return parts.join(QStringLiteral(", "));
}

void ProjectStore::bumpVersion(const char* table, Id id, qint64 seen)
{
    // One statement checks and bumps: a concurrent edit of the same row waits for this one (SQLite's write lock,
    // PostgreSQL's row lock) and then finds the version changed, so of two edits based on one version only one wins.
    sql::Query bump(database(), QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)")
                                    .arg(QLatin1String(table)), {id, seen, seen});
    if (bump.rowsAffected() > 0)
        return;
    const QVariant current = sql::scalar(database(), QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (current.isNull()) {
        if (seen == 0)
            return;  // as before versioning: an edit of a row that is gone changes nothing
        throw VersionConflict(QStringLiteral("The %1 you changed (id %2) was removed by someone else since you read it; nothing was "
                                             "changed").arg(QLatin1String(table)).arg(id), seen, 0);
    }
    QString title;
    const QString value = versionedValue(table, id, &title);
    if (seen == 0 || current.toLongLong() == seen)  // visible but not writable: a team project's row-level security
        throw Error(QStringLiteral("%1: %2 may not be changed with your role in this team project (the server refused this); "
                                   "nothing was changed").arg(path(), title));
    throw VersionConflict(QStringLiteral("%1 was changed by someone else since you read it (you read version %2; it is now version %3), "
                                         "so your change was not made. Its current value: %4. Look at it again and redo your change.")
                              .arg(title).arg(seen).arg(current.toLongLong()).arg(value),
                          seen, current.toLongLong());
}

}  // namespace thema
