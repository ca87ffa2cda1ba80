#include "projectstore.h"

#include "schema.h"
#include "sql.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

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

struct FileSchema {
    int version = 0;
    bool hasSettings = false;
};

// Reads the schema version through a read-only connection, so that refusing a file cannot change it: a
// read-write connection checkpoints a WAL left by a crashed writer into the file when it closes.
FileSchema probeSchema(const QString& path)
{
    // A read-only connection to a WAL database leaves an empty -wal and a -shm behind; remove those it made.
    QStringList made;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (!QFileInfo::exists(path + suffix))
            made.append(path + suffix);
    const QString connection = nextConnectionName();
    FileSchema schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                schema.version = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")) && q.next())
                schema.hasSettings = q.value(0).toInt() > 0;
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    for (const QString& file : made)
        if (!file.endsWith(QLatin1String("-wal")) || QFileInfo(file).size() == 0)
            QFile::remove(file);
    return schema;
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
                                             std::unique_ptr<ProjectStore> store)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        throw Error(QStringLiteral("%1: cannot open the project: %2").arg(path, db.lastError().text()));
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::run(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, const QString& language)
{
    if (QFileInfo::exists(path))
        throw Error(QStringLiteral("%1: a file of that name exists already; choose another name").arg(path));
    const QString connection = nextConnectionName();
    auto store = openConnection(path, connection, std::unique_ptr<ProjectStore>(new ProjectStore(path, connection)));
    const QSqlDatabase db = store->database();
    sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    store->migrate();
    store->transaction([&] {
        store->setSetting(QStringLiteral("language"), language);
        store->setSetting(QStringLiteral("guid"), newGuid());
        store->setSetting(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QStringLiteral("%1: no such project file").arg(path));
    if (!info.isFile() || !looksLikeSqlite(path))
        throw Error(QStringLiteral("%1: not a Thema project (not an SQLite database)").arg(path));
    const FileSchema schema = probeSchema(path);
    if (schema.version > kSchemaVersion)
        throw Error(QStringLiteral("%1: this project was written by a newer version of Thema (schema %2; this program "
                                   "reads up to %3). Update Thema to open it; the file was not changed.")
                        .arg(path).arg(schema.version).arg(kSchemaVersion));
    if (schema.version == 0 || !schema.hasSettings)
        throw Error(QStringLiteral("%1: an SQLite database, but not a Thema project").arg(path));
    const QString connection = nextConnectionName();
    auto store = openConnection(path, connection, std::unique_ptr<ProjectStore>(new ProjectStore(path, connection)));
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
    transaction([&] { schema::migrate(db, version); });
}

void ProjectStore::transaction(const std::function<void()>& action)
{
    QSqlDatabase db = database();
    if (m_depth == 0 && !db.transaction())
        throw Error(QStringLiteral("%1: cannot start a transaction: %2").arg(m_path, db.lastError().text()));
    // A nested action is a savepoint, so that one which fails and is caught by its caller leaves nothing behind.
    const QString savepoint = QStringLiteral("nested%1").arg(m_depth);
    if (m_depth > 0)
        sql::run(db, QStringLiteral("SAVEPOINT ") + savepoint);
    ++m_depth;
    try {
        action();
    } catch (...) {
        if (--m_depth == 0) {
            db.rollback();
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
        if (!db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            m_pending = 0;
            m_pendingSources.clear();
            throw Error(QStringLiteral("%1: cannot save: %2").arg(m_path, error));
        }
        emitPending();
    }
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
