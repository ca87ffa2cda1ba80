#include "store/postgres/teamadmin.h"

#include "model/error.h"
#include "store/postgres/serverfailure.h"
#include "store/postgres/teamproject.h"
#include "store/postgres/teamurl.h"
#include "store/sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thema::team {
namespace {

void requireTeam(const ProjectStore& store)
{
    if (!isTeamProject(store))
        throw Error(QStringLiteral("%1: a project file, not a team project; members, roles and blind mode belong to team "
                                   "projects (thema-cli team push)").arg(store.path()));
}

QString schemaOf(const ProjectStore& store)
{
    return TeamUrl::parse(store.path()).schema();
}

// The project's own tables (not the team layer's), from the SQLite file.
QStringList fileTables(const QSqlDatabase& db)
{
    QStringList tables;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        throw sql::failure(db, q.lastError());
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

// Copies every row of @p table the reader may see, columns by name, ids included.
qint64 copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + quoted(table)))
        throw sql::failure(from, read.lastError());
    const QSqlRecord record = read.record();
    QStringList columns, marks;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(quoted(record.fieldName(i)));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(quoted(table), columns.join(QLatin1Char(',')),
                                                                            marks.join(QLatin1Char(',')))))
        throw sql::failure(to, write.lastError());
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            throw sql::failure(to, write.lastError());
        ++rows;
    }
    return rows;
}

void requireAnotherOwner(const ProjectStore& store, const QString& login)
{
    const int others = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM member WHERE role = 'owner' AND login <> ?"),
                                   {login}).toInt();
    if (others == 0)
        throw Error(QStringLiteral("%1: %2 is the project's last owner; make another member owner first").arg(store.path(), login));
}

}  // namespace

QList<Member> members(const ProjectStore& store)
{
    requireTeam(store);
    sql::Query q(store.database(), QStringLiteral("SELECT login, role, coder FROM member ORDER BY login"), {});
    QList<Member> out;
    while (q.next())
        out.append({q.text(0), parseRole(q.text(1)), q.text(2).isEmpty() ? q.text(0) : q.text(2)});
    return out;
}

void grant(ProjectStore& store, const QString& login, Role role, const QString& coder)
{
    requireTeam(store);
    const QSqlDatabase db = store.database();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}).toInt() == 0)
        throw Error(QStringLiteral("%1: the server has no login \"%2\"; its administrator creates one first (scripts/"
                                   "team-server-setup.sh --user %2)").arg(store.path(), login));
    store.transaction([&] {
        if (role != Role::Owner)
            requireAnotherOwner(store, login);
        sql::Query(db, QStringLiteral("INSERT INTO member(login, role, coder) VALUES (?, ?, ?) ON CONFLICT (login) DO UPDATE"
                                      " SET role = excluded.role, coder = excluded.coder"), {login, roleName(role), coder});
        grantPrivileges(db, schemaOf(store), login, role);
    });
}

void revoke(ProjectStore& store, const QString& login)
{
    requireTeam(store);
    const QSqlDatabase db = store.database();
    store.transaction([&] {
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE login = ?"), {login}).toInt() == 0)
            throw Error(QStringLiteral("%1: %2 is not a member of this project").arg(store.path(), login));
        requireAnotherOwner(store, login);
        sql::Query(db, QStringLiteral("DELETE FROM member WHERE login = ?"), {login});
        revokePrivileges(db, schemaOf(store), login);
    });
}

void setBlind(ProjectStore& store, bool blind)
{
    requireTeam(store);
    store.setSetting(QStringLiteral("team_blind"), blind ? QStringLiteral("1") : QStringLiteral("0"));
}

bool isBlind(const ProjectStore& store)
{
    requireTeam(store);
    return store.setting(QStringLiteral("team_blind")) == QLatin1String("1");
}

qint64 push(const QString& file, const QString& location)
{
    const auto local = ProjectStore::open(file);
    if (isTeamProject(*local))
        throw Error(QStringLiteral("%1: push takes a project file; this is a team project already").arg(file));
    const QSqlDatabase from = local->database();
    qint64 codings = 0;
    createTeamProject(location, [&](const QSqlDatabase& to) {
        sql::run(from, QStringLiteral("BEGIN"));  // one snapshot of the file
        try {
            for (const QString& table : fileTables(from)) {
                const qint64 rows = copyTable(from, to, table);
                if (table == QLatin1String("coding"))
                    codings = rows;
            }
        } catch (...) {
            QSqlQuery(from).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        sql::run(from, QStringLiteral("COMMIT"));
        // Copied rows kept their ids; the sequences continue after them.
        QSqlQuery serial(to);
        if (!serial.exec(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                        " AND column_name = 'id' AND column_default LIKE 'nextval%'")))
            throw sql::failure(to, serial.lastError());
        QStringList tables;
        while (serial.next())
            tables.append(serial.value(0).toString());
        for (const QString& t : tables)
            exec(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                         .arg(quoted(t)));
    });
    return codings;
}

qint64 pull(const QString& location, const QString& file)
{
    const auto team = openTeamProject(location);
    const QSqlDatabase from = team->database();
    const QString language = team->language();
    auto local = ProjectStore::create(file, language);
    const QSqlDatabase to = local->database();
    qint64 codings = 0;
    exec(from, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));  // one consistent snapshot
    try {
        local->transaction([&] {
            sql::run(to, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            sql::run(to, QStringLiteral("DELETE FROM setting"));
            for (const QString& table : fileTables(to)) {
                const qint64 rows = copyTable(from, to, table);
                if (table == QLatin1String("coding"))
                    codings = rows;
            }
            // Exemplars of codings this login may not read (blind mode) have nothing to point at in the copy.
            sql::run(to, QStringLiteral("DELETE FROM theme_exemplar WHERE coding NOT IN (SELECT id FROM coding)"));
            sql::run(to, QStringLiteral("DELETE FROM setting WHERE key = 'team_blind'"));
        });
    } catch (...) {
        QSqlQuery(from).exec(QStringLiteral("ROLLBACK"));
        local.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
        throw;
    }
    exec(from, QStringLiteral("COMMIT"));
    return codings;
}

}  // namespace thema::team
