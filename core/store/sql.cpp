#include "sql.h"

#include "store/dialect.h"
#include "store/postgres/serverfailure.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QStorageInfo>

#include <memory>
#include <unordered_map>

namespace thema::sql {

int resultCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;  // extended codes keep the primary code in the low byte
}

Error failure(const QSqlDatabase& db, const QSqlError& error)
{
    if (dialect(db).isServer())
        return serverFailure(db, error);
    const QString path = db.databaseName();
    switch (resultCode(error)) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Error(QStringLiteral("%1: the project is busy: another program (Thema or thema-cli) has been writing to it for "
                                    "more than %2 seconds. Nothing was changed; try again when it has finished.")
                         .arg(path).arg(kBusyTimeoutMs / 1000));
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return Error(QStringLiteral("%1: the project file is damaged (%2). Nothing was changed. Restore it from a backup "
                                    "copy; the sqlite3 tool's .recover command can rescue what is still readable into a new file.")
                         .arg(path, error.databaseText()));
    case 8:  // SQLITE_READONLY
        return Error(QStringLiteral("%1: the project cannot be changed: the file or its folder is read-only (Thema also "
                                    "writes %2-wal and %2-shm beside it). Nothing was changed; make them writable, or copy "
                                    "the project to a folder you can write to.")
                         .arg(path, QFileInfo(path).fileName()));
    case 13:  // SQLITE_FULL
        return Error(QStringLiteral("%1: the disk is full. Nothing was changed; free some space and try again.").arg(path));
    case 14:  // SQLITE_CANTOPEN
        return Error(QStringLiteral("%1: cannot open the project: the file or its folder may be missing or read-only "
                                    "(Thema also needs to write %2-wal and %2-shm beside it).")
                         .arg(path, QFileInfo(path).fileName()));
    case 10: {  // SQLITE_IOERR
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() < 1024 * 1024)
            return Error(QStringLiteral("%1: the disk is full. Nothing was changed; free some space and try again.").arg(path));
        return Error(QStringLiteral("%1: the disk reported an error while reading or writing the project (was it removed, "
                                    "full, or at a size limit?). Nothing was changed.")
                         .arg(path));
    }
    default:
        return Error(QStringLiteral("%1: the project could not be read or changed (%2)").arg(path, error.databaseText()));
    }
}

namespace {

// QSqlResultPrivate::isVariantNull: what Qt binds as SQL NULL.
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return v.toString().isNull();
    case QMetaType::QByteArray: return v.toByteArray().isNull();
    case QMetaType::QDateTime: return v.toDateTime().isNull();
    case QMetaType::QDate: return v.toDate().isNull();
    case QMetaType::QTime: return v.toTime().isNull();
    default: return false;
    }
}

// A bound value as a PostgreSQL literal: the driver's formatValue, as QPSQL's EXECUTE sends parameters (strings
// escaped for this connection). A number goes in quotes too: an untyped literal takes its type from where it stands,
// as a prepared statement's parameter does (a number bound to a TEXT column stays text).
QString literal(const QSqlDriver* driver, const QVariant& v)
{
    QSqlField field(QString(), v.metaType());
    if (!isNullValue(v))
        field.setValue(v);
    const QString text = driver->formatValue(field);
    if (field.isNull() || text.startsWith(QLatin1Char('\'')))
        return text;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    default:
        return text;
    }
}

// @p statement with the i-th ? outside quoted literals and identifiers replaced by @p placeholder(i).
template <typename Placeholder>
QString replacePlaceholders(const QString& statement, Placeholder placeholder)
{
    QString out;
    out.reserve(statement.size() + 64);
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += placeholder(next++);
            continue;
        }
        out += c;
    }
    return out;
}

QString literalAt(const QSqlDatabase& db, const QVariantList& values, qsizetype i)
{
    if (i >= values.size())
        throw Error(QStringLiteral("%1: a statement has more placeholders than values (%2)").arg(db.databaseName()).arg(values.size()));
    return literal(db.driver(), values[i]);
}

// PostgreSQL: the statements a connection has prepared on the server (text → name) and how often each other one
// ran. A statement is prepared at its second run, so one-off statements (lists of ids) leave nothing on the server;
// at most kMaxPrepared per connection. Per driver object, forgotten when it goes (the server forgets with the
// session). A prepared statement survives a rolled-back transaction, so the names stay valid until then.
struct Prepared {
    QHash<QString, QString> names;
    QHash<QString, int> runs;
    int counter = 0;
};
constexpr int kMaxPrepared = 500;

Prepared& preparedOf(const QSqlDatabase& db)
{
    static QMutex mutex;
    static std::unordered_map<const QSqlDriver*, std::unique_ptr<Prepared>> all;
    const QSqlDriver* driver = db.driver();
    QMutexLocker lock(&mutex);
    auto& entry = all[driver];
    if (!entry) {
        entry = std::make_unique<Prepared>();
        QObject::connect(driver, &QObject::destroyed, [driver] {
            QMutexLocker lock(&mutex);
            all.erase(driver);
        });
    }
    return *entry;  // used by the connection's own thread only; the map's node stays where it is
}

bool preparable(const QString& statement)
{
    static const QRegularExpression kind(QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\\b"), QRegularExpression::CaseInsensitiveOption);
    return kind.match(statement).hasMatch();
}

}  // namespace

bool Query::execOnServer()
{
    Prepared& prepared = preparedOf(m_db);
    QString name = prepared.names.value(m_statement);
    if (name.isEmpty() && prepared.names.size() < kMaxPrepared && preparable(m_statement)) {
        if (prepared.runs.size() > 4 * kMaxPrepared)
            prepared.runs.clear();
        if (++prepared.runs[m_statement] >= 2) {
            const QString candidate = QStringLiteral("thema_%1").arg(++prepared.counter);
            if (!m_query.exec(QStringLiteral("PREPARE %1 AS ").arg(candidate)
                              + replacePlaceholders(m_statement, [](qsizetype i) { return QStringLiteral("$%1").arg(i + 1); })))
                return false;
            prepared.runs.remove(m_statement);
            prepared.names.insert(m_statement, candidate);
            name = candidate;
        }
    }
    if (name.isEmpty())
        return m_query.exec(replacePlaceholders(m_statement, [&](qsizetype i) { return literalAt(m_db, m_values, i); }));
    QStringList literals;
    for (qsizetype i = 0; i < m_values.size(); ++i)
        literals.append(literalAt(m_db, m_values, i));
    if (m_query.exec(literals.isEmpty() ? QStringLiteral("EXECUTE ") + name
                                        : QStringLiteral("EXECUTE %1 (%2)").arg(name, literals.join(QStringLiteral(", ")))))
        return true;
    // Gone (a new session) or its plan no longer fits (the table changed under it): prepared again next time.
    const QString state = m_query.lastError().nativeErrorCode();
    if (state == QLatin1String("26000") || state == QLatin1String("0A000"))
        prepared.names.remove(m_statement);
    return false;
}

Query::Query(const QSqlDatabase& db, const QString& statement) : m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);  // rows are read once, in order: no cache of every row read so far
    if (dialect(db).isServer()) {
        m_statement = dialect(db).statement(statement);
        m_inline = true;
    } else if (!m_query.prepare(statement)) {
        throw failure(db, m_query.lastError());
    }
}

Query::Query(const QSqlDatabase& db, const QString& statement, Translated) : m_db(db), m_query(db), m_statement(statement), m_inline(true)
{
    m_query.setForwardOnly(true);
}

Query::Query(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
    : Query(db, statement)
{
    bind(values);
    exec();
}

Query& Query::bind(std::initializer_list<QVariant> values)
{
    m_values.clear();
    int i = 0;
    for (const QVariant& given : values) {
        QVariant v = given;
        // A null QString would bind as SQL NULL; text columns hold "" instead.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
        else if (v.typeId() == QMetaType::Bool)  // flags are INTEGER columns (PostgreSQL would not take TRUE there)
            v = v.toBool() ? 1 : 0;
        if (m_inline)
            m_values.append(v);
        else
            m_query.bindValue(i++, v);
    }
    return *this;
}

Query& Query::exec()
{
    if (!(m_inline ? execOnServer() : m_query.exec()))
        throw failure(m_db, m_query.lastError());
    return *this;
}

qint64 insertRow(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!dialect(db).isServer())
        return Query(db, statement, values).lastInsertId();
    Query q(db, dialect(db).statement(statement) + QStringLiteral(" RETURNING id"), Query::Translated{});
    q.bind(values);
    q.exec();
    if (!q.next())
        throw Error(QStringLiteral("%1: the server returned no id for a new row").arg(db.databaseName()));
    return q.integer(0);
}

qint64 Query::lastInsertId() const
{
    if (dialect(m_db).isServer())
        return scalar(m_db, QStringLiteral("SELECT current_setting('thema.last_id')")).toLongLong();  // see fill_id
    return m_query.lastInsertId().toLongLong();
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    Query q(db, statement, values);
    return q.next() ? q.value(0) : QVariant();
}

void run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(dialect(db).statement(statement)))
        throw failure(db, q.lastError());
}

}  // namespace thema::sql
