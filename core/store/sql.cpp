#include "sql.h"

#include <QSqlError>

namespace thema::sql {

Query::Query(const QSqlDatabase& db, const QString& statement) : m_query(db), m_statement(statement)
{
    if (!m_query.prepare(statement))
        throw Error(QStringLiteral("Database error preparing \"%1\": %2").arg(statement, m_query.lastError().text()));
}

Query::Query(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
    : Query(db, statement)
{
    bind(values);
    exec();
}

Query& Query::bind(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values) {
        // A null QString would bind as SQL NULL; text columns hold "" instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(i++, QStringLiteral(""));
        else
            m_query.bindValue(i++, v);
    }
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        throw Error(QStringLiteral("Database error in \"%1\": %2").arg(m_statement, m_query.lastError().text()));
    return *this;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    Query q(db, statement, values);
    return q.next() ? q.value(0) : QVariant();
}

void run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw Error(QStringLiteral("Database error in \"%1\": %2").arg(statement, q.lastError().text()));
}

}  // namespace thema::sql
