#include "store/postgres/teamproject.h"

#include "store/dialect.h"
#include "store/postgres/serverfailure.h"
#include "store/postgres/teamlayer.h"
#include "store/postgres/teamurl.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QSqlQuery>
#include <QUuid>

namespace thema {

/** Builds ProjectStore objects over a team connection (ProjectStore's constructor and migrate() are private). */
struct TeamAccess {
    static std::unique_ptr<ProjectStore> make(const QString& location, const QString& connection)
    {
        return std::unique_ptr<ProjectStore>(new ProjectStore(location, connection));
    }
    static void migrate(ProjectStore& store) { store.migrate(); }
};

namespace team {
namespace {

QString nextConnection()
{
    return QStringLiteral("thema-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool schemaExists(const QSqlDatabase& db, const QString& schema)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"), {schema}).toInt() > 0;
}

// Drops the connection when opening fails half-way.
struct ConnectionGuard {
    QString name;
    bool keep = false;
    ~ConnectionGuard()
    {
        if (keep)
            return;
        { QSqlDatabase db = QSqlDatabase::database(name, false); if (db.isOpen()) db.close(); }
        QSqlDatabase::removeDatabase(name);
    }
};

}  // namespace

std::unique_ptr<ProjectStore> openTeamProject(const QString& location)
{
    const TeamUrl url = TeamUrl::parse(location);
    ConnectionGuard guard{nextConnection()};
    QSqlDatabase db = connect(url, guard.name);
    if (!schemaExists(db, url.schema()))
        throw Error(QStringLiteral("%1: the server holds no team project \"%2\" (create one with: thema-cli team push "
                                   "PROJECT.thema %3)").arg(url.server(), url.project, url.location()));
    exec(db, QStringLiteral("SET search_path TO ") + quoted(url.schema()));
    const QString login = sql::scalar(db, QStringLiteral("SELECT current_user")).toString();
    QSqlQuery q(db);  // a login without a grant cannot even use the schema: that, too, is "not a member"
    const QString role = q.exec(QStringLiteral("SELECT my_role()")) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (role.isEmpty())
        throw Error(QStringLiteral("%1: %2 is not a member of the team project \"%3\" (ask its owner to run: thema-cli team "
                                   "grant %4 %2 coder)").arg(url.server(), login, url.project, url.location()));
    const int version = sql::scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt();
    if (version > ProjectStore::kSchemaVersion)
        throw Error(QStringLiteral("%1: the team project \"%2\" was made by a newer version of Thema (schema %3; this "
                                   "program reads up to %4). Update Thema; nothing was changed.")
                        .arg(url.server(), url.project).arg(version).arg(ProjectStore::kSchemaVersion));
    auto store = TeamAccess::make(url.location(), guard.name);
    guard.keep = true;
    if (version < ProjectStore::kSchemaVersion) {
        if (role != QLatin1String("owner"))
            throw Error(QStringLiteral("%1: the team project \"%2\" has an older layout (schema %3); its owner must open it "
                                       "once with this version of Thema to update it").arg(url.server(), url.project).arg(version));
        store->transaction([&] {
            TeamAccess::migrate(*store);
            applyTeamLayer(db, url.schema());
        });
    }
    return store;
}

std::unique_ptr<ProjectStore> createTeamProject(const QString& location, const std::function<void(const QSqlDatabase&)>& fill)
{
    const TeamUrl url = TeamUrl::parse(location);
    ConnectionGuard guard{nextConnection()};
    QSqlDatabase db = connect(url, guard.name);
    if (schemaExists(db, url.schema()))
        throw Error(QStringLiteral("%1: a team project \"%2\" exists already on this server; choose another name")
                        .arg(url.server(), url.project));
    exec(db, QStringLiteral("BEGIN"));
    try {
        exec(db, QStringLiteral("CREATE SCHEMA ") + quoted(url.schema()));
        exec(db, QStringLiteral("SET LOCAL search_path TO ") + quoted(url.schema()));
        exec(db, QStringLiteral("CREATE TABLE schema_version (version BIGINT NOT NULL)"));
        exec(db, QStringLiteral("INSERT INTO schema_version VALUES (0)"));
        schema::migrate(db, 0);
        applyTeamLayer(db, url.schema());
        exec(db, QStringLiteral("INSERT INTO member(login, role) VALUES (current_user, 'owner')"));
        exec(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
        fill(db);
        exec(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    exec(db, QStringLiteral("SET search_path TO ") + quoted(url.schema()));
    auto store = TeamAccess::make(url.location(), guard.name);
    guard.keep = true;
    return store;
}

bool isTeamProject(const ProjectStore& store)
{
    return sql::dialect(store.database()).isServer();
}

qint64 changeCount(const ProjectStore& store)
{
    return sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM change_log WHERE pid <> pg_backend_pid()")).toLongLong();
}

QStringList recentChangers(const ProjectStore& store, qint64 changes)
{
    sql::Query q(store.database(), QStringLiteral("SELECT coalesce(nullif(m.coder, ''), l.login) FROM change_log l LEFT JOIN member m"
                                                  " ON m.login = l.login WHERE l.pid <> pg_backend_pid() ORDER BY l.xid DESC LIMIT ?"),
                 {changes});
    QStringList names;
    while (q.next())
        if (const QString name = q.text(0); !names.contains(name))
            names.append(name);
    return names;
}

}  // namespace team
}  // namespace thema
