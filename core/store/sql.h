#pragma once

#include "model/error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace thema::sql {

/**
 * A statement with bound values that throws thema::Error on failure, so store code reads as a list of statements.
 * On SQLite a prepared statement. On PostgreSQL one round trip: QPSQL would PREPARE, EXECUTE and DEALLOCATE each
 * statement (three, see bench_team). The values go in as literals, escaped by the driver as Qt's own EXECUTE sends
 * them: into the statement the first time it runs, and from its second run on into an EXECUTE of the statement,
 * which the connection prepared once on the server and keeps (no parsing and planning again).
 */
class Query {
public:
    Query(const QSqlDatabase& db, const QString& statement);
    Query(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values);

    Query& bind(std::initializer_list<QVariant> values);
    Query& exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    QString text(int i) const { return m_query.value(i).toString(); }
    /** The row id the last INSERT gave (PostgreSQL: the id the insert trigger noted). */
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    friend qint64 insertRow(const QSqlDatabase&, const QString&, std::initializer_list<QVariant>);
    struct Translated {};
    Query(const QSqlDatabase& db, const QString& statement, Translated);
    bool execOnServer();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_statement;    // PostgreSQL: the translated statement, whose ? exec() fills with m_values
    QVariantList m_values;
    bool m_inline = false;  // PostgreSQL: literals in the text, no PREPARE
};

/**
 * Runs an INSERT of one row into a table with an id column and returns the row's id (Query::lastInsertId). On
 * PostgreSQL the id comes back with the insert (RETURNING id), one round trip instead of two; the new row must be
 * one the member may read (true of a coding: a member writes only codings they may see).
 */
qint64 insertRow(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values);

/** How long a write waits for another connection's write lock before giving up, in milliseconds. */
inline constexpr int kBusyTimeoutMs = 10000;

/**
 * The thema::Error a user reads for a failed SQLite call on @p db: it names the project file and says what
 * happened (busy, damaged, read-only, disk full, input/output error) and what to do. Never the SQL statement.
 */
Error failure(const QSqlDatabase& db, const QSqlError& error);

/** SQLite's primary result code of @p error (SQLITE_BUSY = 5, SQLITE_CORRUPT = 11, …); 0 when none. */
int resultCode(const QSqlError& error);

/** Runs one statement and returns the first column of its first row (null when no row). */
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

/** Runs a statement without bound values (DDL, PRAGMA). */
void run(const QSqlDatabase& db, const QString& statement);

/** An optional id as a SQL value: 0 becomes NULL. */
inline QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

}  // namespace thema::sql
