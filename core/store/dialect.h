#pragma once

#include <QSqlDatabase>
#include <QString>

namespace thema::sql {

/**
 * What differs between the two backends of a project: the SQLite file (the default) and a team project on a
 * PostgreSQL server. Store code is written in SQLite's spelling; a dialect turns a statement into its backend's.
 */
class Dialect {
public:
    virtual ~Dialect() = default;
    /** @p statement (SQLite's spelling, including PRAGMA user_version) as this backend runs it. */
    virtual QString statement(const QString& statement) const = 0;
    /** The statement that starts a write transaction (SQLite takes the write lock at once: BEGIN IMMEDIATE). */
    virtual QString beginWrite() const = 0;
    /** True for a server backend (PostgreSQL), false for the SQLite file. */
    virtual bool isServer() const = 0;
};

/** The dialect of @p db's driver (QSQLITE or QPSQL). */
const Dialect& dialect(const QSqlDatabase& db);

}  // namespace thema::sql
