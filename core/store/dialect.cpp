#include "store/dialect.h"

#include "store/postgres/postgresdialect.h"

namespace thema::sql {
namespace {

class SqliteDialect final : public Dialect {
public:
    QString statement(const QString& statement) const override { return statement; }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool isServer() const override { return false; }
};

}  // namespace

const Dialect& dialect(const QSqlDatabase& db)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    return sqlite;
}

}  // namespace thema::sql
