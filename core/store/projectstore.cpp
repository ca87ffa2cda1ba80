#include "projectstore.h"

#include "schema.h"
#include "sql.h"
#include "store/dialect.h"
#include "store/postgres/teamproject.h"
#include "store/postgres/teamurl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <atomic>
#include <optional>

namespace thema {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("thema-store-%1").arg(++counter);
}

// Reads the first 16 bytes: an SQLite database starts with "SQLite format 3\0".
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// What the probe found: the schema version and whether the file has Thema's settings table; or, when SQLite could
// not read it, the error (damaged, locked, unreadable).
struct FileSchema {
    qint64 version = 0;
    bool hasSettings = false;
    std::optional<Error> failure;
};

void setBusyTimeout(QSqlDatabase& db)
{
    db.setConnectOptions(db.connectOptions().isEmpty() ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sql::kBusyTimeoutMs)
                                                       : db.connectOptions() + QStringLiteral(";QSQLITE_BUSY_TIMEOUT=%1").arg(sql::kBusyTimeoutMs));
}

// Reads the schema version before the real connection opens, so that refusing a newer file cannot change it: a
// connection that is the last to close checkpoints a WAL left by a crashed writer into the file. So when a WAL or a
// rollback journal is there, the probe reads through a read-only connection (which replays nothing); otherwise
// through an ordinary one, which has nothing to replay and lets SQLite tidy its own -wal and -shm on close.
// The probe never removes a file: another process may be using -wal and -shm this very moment.
FileSchema probeSchema(const QString& path)
{
    const bool replayable = QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo::exists(path + QStringLiteral("-journal"));
    const QString connection = nextConnectionName();
    FileSchema schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (replayable)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        setBusyTimeout(db);
        if (!db.open()) {
            schema.failure = sql::failure(db, db.lastError());
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                schema.version = q.value(0).toLongLong();
            else
                schema.failure = sql::failure(db, q.lastError());
            if (!schema.failure) {
                if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")) && q.next())
                    schema.hasSettings = q.value(0).toInt() > 0;
                else
                    schema.failure = sql::failure(db, q.lastError());
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return schema;
}

// "ok", or what PRAGMA quick_check found (its first lines), for a file within the size limit; "" when skipped.
QString quickCheck(const QSqlDatabase& db, const QString& path)
{
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    if (size > ProjectStore::kQuickCheckLimit)
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        if (const int code = sql::resultCode(q.lastError()); code == 11 || code == 26)
            return q.lastError().databaseText().simplified();
        throw sql::failure(db, q.lastError());
    }
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString());
    return found.join(QStringLiteral("; ")).simplified();
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

}  // namespace

ProjectStore::ProjectStore(const QString& path, const QString& connection) : m_path(path), m_connection(connection)
{
}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

static std::unique_ptr<ProjectStore> openConnection(const QString& path, const QString& connection,
                                             std::unique_ptr<ProjectStore> store, bool readOnly = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    setBusyTimeout(db);
    if (!db.open())
        throw sql::failure(db, db.lastError());
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::run(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(sql::kBusyTimeoutMs));
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, const QString& language)
{
    if (team::isTeamLocation(path))
        return team::createTeamProject(path, [&](const QSqlDatabase& db) {
            for (const auto& [key, value] : {std::pair{QStringLiteral("language"), language}, {QStringLiteral("guid"), newGuid()},
                                             {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                sql::Query(db, QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?)"), {key, value});
        });
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        throw Error(QStringLiteral("%1: a file of that name exists already; choose another name (or open it)").arg(path));
    if (info.suffix().compare(QLatin1String("thema"), Qt::CaseInsensitive) != 0)
        throw Error(QStringLiteral("%1: a project's file name must end in .thema (e.g. %2.thema)").arg(path, info.completeBaseName()));
    if (!info.absoluteDir().exists())
        throw Error(QStringLiteral("%1: no such folder: %2").arg(path, info.absolutePath()));
    // Built under a temporary name in the same folder and renamed into place when complete, so that a failure (a
    // full disk, a kill) never leaves a half-made project that blocks the next attempt.
    QString temp;
    {
        QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part-XXXXXX"));
        if (!file.open())
            throw Error(QStringLiteral("%1: cannot create the project: %2").arg(path, file.errorString()));
        file.setAutoRemove(false);
        temp = file.fileName();
    }
    try {
        const QString connection = nextConnectionName();
        auto store = openConnection(temp, connection, std::unique_ptr<ProjectStore>(new ProjectStore(temp, connection)));
        sql::run(store->database(), QStringLiteral("PRAGMA journal_mode = WAL"));
        store->migrate();
        store->transaction([&] {
            store->setSetting(QStringLiteral("language"), language);
            store->setSetting(QStringLiteral("guid"), newGuid());
            store->setSetting(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        });
        store.reset();  // the last connection to close checkpoints the WAL into the file and removes -wal and -shm
        QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (QFileInfo::exists(temp + QStringLiteral("-wal")) || !QFile::rename(temp, path))  // rename never replaces a file
            throw Error(QStringLiteral("%1: cannot create the project (a file of that name appeared meanwhile, or the folder "
                                       "cannot be written)").arg(path));
    } catch (const Error& e) {
        removeDatabaseFiles(temp);
        throw Error(QString(e.message()).replace(temp, path));
    } catch (...) {
        removeDatabaseFiles(temp);
        throw;
    }
    return open(path);
}

namespace {

// The checks open() and openReadOnly() share: the file exists, is SQLite, is a Thema project and not a newer one.
// Returns its schema version.
qint64 checkProjectFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QStringLiteral("%1: no such project file").arg(path));
    if (!info.isFile() || !looksLikeSqlite(path))
        throw Error(QStringLiteral("%1: not a Thema project (not an SQLite database)").arg(path));
    const FileSchema schema = probeSchema(path);
    if (schema.failure)
        throw *schema.failure;
    if (schema.version > ProjectStore::kSchemaVersion)
        throw Error(QStringLiteral("%1: this project was written by a newer version of Thema (schema %2; this program "
                                   "reads up to %3). Update Thema to open it; the file was not changed.")
                        .arg(path).arg(schema.version).arg(ProjectStore::kSchemaVersion));
    if (schema.version <= 0 || !schema.hasSettings)
        throw Error(QStringLiteral("%1: an SQLite database, but not a Thema project").arg(path));
    return schema.version;
}

}  // namespace

std::unique_ptr<ProjectStore> ProjectStore::openReadOnly(const QString& path, bool quickCheck)
{
    if (team::isTeamLocation(path)) {  // the server keeps the snapshot; this only refuses writes
        auto store = team::openTeamProject(path);
        store->m_readOnly = true;
        return store;
    }
    const qint64 version = checkProjectFile(path);
    if (version != kSchemaVersion)
        throw Error(QStringLiteral("%1: this project has an older layout (schema %2) that must be updated before it can be "
                                   "searched or measured; open it in Thema or run any thema-cli command that changes it. "
                                   "The file was not changed.")
                        .arg(path).arg(version));
    const QString connection = nextConnectionName();
    auto store = openConnection(path, connection, std::unique_ptr<ProjectStore>(new ProjectStore(path, connection)), true);
    store->m_readOnly = true;
    if (!quickCheck)
        return store;
    const QString check = thema::quickCheck(store->database(), path);
    if (!check.isEmpty() && check != QLatin1String("ok"))
        store->m_damage = check;
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path)
{
    if (team::isTeamLocation(path))
        return team::openTeamProject(path);
    checkProjectFile(path);
    const QString connection = nextConnectionName();
    auto store = openConnection(path, connection, std::unique_ptr<ProjectStore>(new ProjectStore(path, connection)));
    const QString check = quickCheck(store->database(), path);
    if (!check.isEmpty() && check != QLatin1String("ok")) {
        store->m_damage = check;
        return store;  // for reading what can be read; transaction() refuses every write
    }
    sql::run(store->database(), QStringLiteral("PRAGMA journal_mode = WAL"));
    store->migrate();
    return store;
}

void ProjectStore::migrate()
{
    const QSqlDatabase db = database();
    const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (version == kSchemaVersion)
        return;
    transaction([&] {
        // Read again inside the write lock: another process may have migrated the file meanwhile.
        const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        if (current > 0 && current < kSchemaVersion)
            schema::migrate(db, current);
        else if (current == 0)
            schema::migrate(db, 0);
    });
}

void ProjectStore::transaction(const std::function<void()>& action)
{
    QSqlDatabase db = database();
    if (m_readOnly)
        throw Error(QStringLiteral("%1: opened for reading only; this change was not made").arg(m_path));
    if (m_inSnapshot)
        throw Error(QStringLiteral("%1: a change was asked for while reading a snapshot; it was not made").arg(m_path));
    if (m_depth == 0) {
        if (!m_damage.isEmpty())
            throw Error(QStringLiteral("%1: the project file is damaged (%2), so Thema will not write into it. Restore it "
                                       "from a backup copy; the sqlite3 tool's .recover command can rescue what is still "
                                       "readable into a new file.")
                            .arg(m_path, m_damage));
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another writer to finish. A deferred
        // BEGIN would take it at the first write and fail at once when another process wrote since this one's read.
        sql::run(db, sql::dialect(db).beginWrite());
        m_extents.clear();  // another process may have changed the project since the last transaction
    }
    // A nested action is a savepoint, so that one which fails and is caught by its caller leaves nothing behind.
    const QString savepoint = QStringLiteral("nested%1").arg(m_depth);
    if (m_depth > 0)
        sql::run(db, QStringLiteral("SAVEPOINT ") + savepoint);
    ++m_depth;
    try {
        action();
    } catch (...) {
        m_extents.clear();  // a source added by what is rolled back leaves its id free for another
        if (--m_depth == 0) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));  // may fail when SQLite rolled back already (disk full)
            m_pending = 0;
            m_pendingSources.clear();
        } else {
            sql::run(db, QStringLiteral("ROLLBACK TO ") + savepoint);
            sql::run(db, QStringLiteral("RELEASE ") + savepoint);
        }
        throw;
    }
    if (m_depth > 1)
        sql::run(db, QStringLiteral("RELEASE ") + savepoint);
    if (--m_depth == 0) {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const Error error = sql::failure(db, commit.lastError());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            m_pending = 0;
            m_pendingSources.clear();
            throw error;
        }
        emitPending();
    }
}

void ProjectStore::readSnapshot(const std::function<void()>& read)
{
    if (m_depth > 0) {  // inside a transaction or another snapshot: that one's view already holds
        read();
        return;
    }
    const QSqlDatabase db = database();
    // A deferred BEGIN takes its snapshot at the first read and keeps it until the end (WAL: writers go on meanwhile).
    sql::run(db, QStringLiteral("BEGIN"));
    ++m_depth;
    m_inSnapshot = true;
    try {
        read();
    } catch (...) {
        --m_depth;
        m_inSnapshot = false;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --m_depth;
    m_inSnapshot = false;
    sql::run(db, QStringLiteral("COMMIT"));  // nothing was written: this only ends the snapshot
}

void ProjectStore::touch(unsigned changes, Id source)
{
    m_pending |= changes;
    if (source && !m_pendingSources.contains(source))
        m_pendingSources.append(source);
}

void ProjectStore::emitPending()
{
    const unsigned pending = std::exchange(m_pending, 0u);
    const QList<Id> sources = std::exchange(m_pendingSources, {});
    if (pending & SourcesChanged) emit sourcesChanged();
    if (pending & ParticipantsChanged) emit participantsChanged();
    if (pending & CodersChanged) emit codersChanged();
    if (pending & CodesChanged) emit codesChanged();
    if (pending & ThemesChanged) emit themesChanged();
    if (pending & CodingsChanged) emit codingsChanged(sources);
    if (pending & MemosChanged) emit memosChanged();
}

QString ProjectStore::setting(const QString& key, const QString& fallback) const
{
    const QVariant v = sql::scalar(database(), QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    return v.isValid() && !v.isNull() ? v.toString() : fallback;
}

void ProjectStore::setSetting(const QString& key, const QString& value)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)"), {key, value});
    });
}

}  // namespace thema
