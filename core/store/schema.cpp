#include "schema.h"

#include "sql.h"

#include <QStringList>

namespace thema::schema {
namespace {

// Version 1: the first schema. Positions are code points, half-open [start, end).
void migrateTo1(const QSqlDatabase& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE participant (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL UNIQUE, interviewer INTEGER NOT NULL DEFAULT 0,"
                       " description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE attribute (participant INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (participant, key))"),
        QStringLiteral("CREATE INDEX attribute_key ON attribute(key, value)"),
        QStringLiteral("CREATE TABLE source (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,"
                       " format TEXT NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL, characters INTEGER NOT NULL,"
                       " original_file TEXT NOT NULL DEFAULT '', checksum TEXT NOT NULL, imported_at TEXT NOT NULL,"
                       " participant INTEGER REFERENCES participant(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX source_checksum ON source(checksum)"),
        QStringLiteral("CREATE TABLE turn (id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,"
                       " start INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT NOT NULL DEFAULT '',"
                       " participant INTEGER REFERENCES participant(id) ON DELETE SET NULL,"
                       " begin_ms INTEGER, end_ms INTEGER, CHECK (start >= 0 AND end >= start))"),
        QStringLiteral("CREATE INDEX turn_source ON turn(source, start)"),
        QStringLiteral("CREATE INDEX turn_participant ON turn(participant)"),
        QStringLiteral("CREATE TABLE coder (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,"
                       " color TEXT NOT NULL DEFAULT '', consensus INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE code (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,"
                       " parent INTEGER REFERENCES code(id) ON DELETE CASCADE, name TEXT NOT NULL,"
                       " color TEXT NOT NULL DEFAULT '', definition TEXT NOT NULL DEFAULT '',"
                       " when_to_use TEXT NOT NULL DEFAULT '', when_not TEXT NOT NULL DEFAULT '',"
                       " example TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX code_name ON code(ifnull(parent, 0), name)"),
        QStringLiteral("CREATE TABLE theme (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,"
                       " parent INTEGER REFERENCES theme(id) ON DELETE CASCADE, name TEXT NOT NULL,"
                       " definition TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'candidate'"
                       " CHECK (status IN ('candidate', 'reviewed', 'final')),"
                       " position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX theme_name ON theme(ifnull(parent, 0), name)"),
        QStringLiteral("CREATE TABLE theme_code (theme INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,"
                       " code INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE, PRIMARY KEY (theme, code))"),
        QStringLiteral("CREATE INDEX theme_code_code ON theme_code(code)"),
        QStringLiteral("CREATE TABLE coding (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,"
                       " source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,"
                       " start INTEGER NOT NULL, end INTEGER NOT NULL,"
                       " code INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,"
                       " coder INTEGER NOT NULL REFERENCES coder(id) ON DELETE CASCADE,"
                       " memo TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, modified_at TEXT NOT NULL,"
                       " CHECK (start >= 0 AND end > start))"),
        QStringLiteral("CREATE INDEX coding_source ON coding(source, start)"),
        QStringLiteral("CREATE INDEX coding_code ON coding(code)"),
        QStringLiteral("CREATE INDEX coding_coder ON coding(coder)"),
        QStringLiteral("CREATE TABLE theme_exemplar (theme INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,"
                       " coding INTEGER NOT NULL REFERENCES coding(id) ON DELETE CASCADE, PRIMARY KEY (theme, coding))"),
        QStringLiteral("CREATE TABLE memo (id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, target TEXT NOT NULL,"
                       " target_id INTEGER NOT NULL DEFAULT 0, anchor_start INTEGER, anchor_end INTEGER,"
                       " title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL, modified_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX memo_target ON memo(target, target_id)"),
    };
    for (const QString& s : statements)
        sql::run(db, s);
}

// Version 2: a recording (audio or video) per source, for the player and REFI-QDA's AudioSource/VideoSource.
// path is relative to the project's folder when the file lies below it, absolute otherwise.
void migrateTo2(const QSqlDatabase& db)
{
    sql::run(db, QStringLiteral("CREATE TABLE source_media (source INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,"
                                " guid TEXT NOT NULL UNIQUE, path TEXT NOT NULL, kind TEXT NOT NULL"
                                " CHECK (kind IN ('audio', 'video')))"));
}

// Version 3: optimistic versioning. Every change of a code, theme, memo or participant adds one to its version; an
// edit that carries the version it read is refused when the row has changed since (ProjectStore, store_versions.cpp).
void migrateTo3(const QSqlDatabase& db)
{
    for (const char* table : {"code", "theme", "memo", "participant"})
        sql::run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(QLatin1String(table)));
}

using Migration = void (*)(const QSqlDatabase&);
// migrations[i] brings version i to version i + 1.
constexpr Migration migrations[] = {migrateTo1, migrateTo2, migrateTo3};

}  // namespace

void migrate(const QSqlDatabase& db, int fromVersion)
{
    constexpr int target = int(std::size(migrations));
    if (fromVersion < 0 || fromVersion > target)
        throw Error(QStringLiteral("%1: not a Thema project of a version this program knows (schema %2)")
                        .arg(db.databaseName()).arg(fromVersion));
    for (int v = fromVersion; v < target; ++v) {
        migrations[v](db);
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
    }
}

}  // namespace thema::schema
