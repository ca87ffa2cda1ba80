#pragma once

#include "store/dialect.h"

namespace thema::sql {

/**
 * PostgreSQL's spelling of the store's statements (Qt's QPSQL driver). The store writes SQLite SQL; this turns it
 * into PostgreSQL's, outside quoted literals and identifiers: INTEGER becomes BIGINT (an INTEGER PRIMARY KEY a
 * BIGSERIAL, filled by a trigger when NULL is inserted, as SQLite does), ifnull() coalesce(), x COLLATE NOCASE
 * lower(x), INSERT OR IGNORE / OR REPLACE an ON CONFLICT clause, the column end "end" (reserved in PostgreSQL),
 * foreign keys DEFERRABLE (a push copies tables in any order), and PRAGMA user_version the schema_version table.
 * A bare BEGIN (a read snapshot) becomes REPEATABLE READ. Translations are cached per statement.
 */
class PostgresDialect final : public Dialect {
public:
    QString statement(const QString& statement) const override;
    /** Writes run at READ COMMITTED: concurrent codings never fail each other; row locks order updates of one row. */
    QString beginWrite() const override { return QStringLiteral("START TRANSACTION ISOLATION LEVEL READ COMMITTED"); }
    bool isServer() const override { return true; }
};

/** The translation itself (uncached), for tests. */
QString postgresStatement(const QString& sqliteStatement);

}  // namespace thema::sql
