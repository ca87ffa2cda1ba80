#include "store/postgres/teamurl.h"

#include "model/error.h"
#include "store/postgres/sessionpassword.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace thema::team {
namespace {

QMutex registryMutex;
QHash<QString, QString>& registry()
{
    static QHash<QString, QString> locations;  // connection name → location
    return locations;
}

// Qt's PostgreSQL driver warns when it cannot free a prepared statement in a transaction the server has already
// aborted (a refused write, rolled back just after); the error itself reaches the user as a thema::Error.
QtMessageHandler previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

}  // namespace

bool isTeamLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString displayName(const QString& location)
{
    if (!isTeamLocation(location))
        return QFileInfo(location).fileName();
    const QUrl url(location);
    const QString project = QUrlQuery(url).queryItemValue(QStringLiteral("project"));
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    return QStringLiteral("%1 (team project on %2)").arg(project.isEmpty() ? location : project, host);
}

TeamUrl TeamUrl::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!isTeamLocation(location) || !url.isValid())
        throw Error(QStringLiteral("%1: not a team project's address (expected postgresql://host:port/database?project=NAME)")
                        .arg(location));
    if (!url.password().isEmpty())
        throw Error(QStringLiteral("%1: a password does not belong in the address; put it in ~/.pgpass (or PGPASSWORD, or a "
                                   "service file) and leave it out here")
                        .arg(QStringLiteral("postgresql://%1/%2").arg(url.host(), url.path().mid(1))));
    TeamUrl t;
    t.host = url.host();
    t.port = url.port(-1);
    t.database = url.path().mid(1);
    t.user = url.userName();
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("project"))
            t.project = value;
        else if (key == QLatin1String("host"))
            t.host = value;
        else if (key == QLatin1String("user"))
            t.user = value;
        else if (key == QLatin1String("password"))
            throw Error(QStringLiteral("%1: a password does not belong in the address; put it in ~/.pgpass (or PGPASSWORD, or a "
                                       "service file)").arg(t.server()));
        else
            t.options.append(key + QLatin1Char('=') + value);
    }
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    if (!name.match(t.project).hasMatch())
        throw Error(QStringLiteral("%1: the address needs ?project=NAME, a name of lowercase letters, digits and _ "
                                   "starting with a letter (got \"%2\")").arg(location, t.project));
    return t;
}

QString TeamUrl::server() const
{
    QString host = this->host.isEmpty() ? QStringLiteral("localhost") : this->host;
    if (host.startsWith(QLatin1Char('/')))
        host = QString::fromLatin1(QUrl::toPercentEncoding(host));
    return QStringLiteral("postgresql://%1%2%3/%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), host,
             port > 0 ? QStringLiteral(":%1").arg(port) : QString(), database);
}

QString TeamUrl::location() const
{
    QString location = server() + QStringLiteral("?project=") + project;
    for (const QString& option : options)  // libpq's own options (sslmode, service, …) stay part of the address
        location += QLatin1Char('&') + QString::fromLatin1(QUrl::toPercentEncoding(option.section(QLatin1Char('='), 0, 0)))
                    + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(option.section(QLatin1Char('='), 1)));
    return location;
}

QSqlDatabase connect(const TeamUrl& url, const QString& connection)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(QStringLiteral("%1: Qt's PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql")
                        .arg(url.server()));
    static const bool quiet = [] { previousHandler = qInstallMessageHandler(quietHandler); return true; }();
    Q_UNUSED(quiet);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!url.host.isEmpty())
        db.setHostName(url.host);
    if (url.port > 0)
        db.setPort(url.port);
    if (!url.database.isEmpty())
        db.setDatabaseName(url.database);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    if (const QString password = sessionPassword(url); !password.isEmpty())  // typed in for this session only
        db.setPassword(password);
    QStringList options = url.options;
    if (!options.join(QLatin1Char(' ')).contains(QLatin1String("connect_timeout=")))
        options.append(QStringLiteral("connect_timeout=5"));
    options.append(QStringLiteral("application_name=thema"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    {
        QMutexLocker lock(&registryMutex);
        registry().insert(connection, url.location());
    }
    if (!db.open()) {
        const QString why = connectionProblem(db.lastError().databaseText());
        throw Error(QStringLiteral("%1: cannot connect to the team server: %2").arg(url.server(), why));
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));  // no NOTICEs on stderr
    return db;
}

QString locationOf(const QSqlDatabase& db)
{
    QMutexLocker lock(&registryMutex);
    return registry().value(db.connectionName());
}

QString cacheFolder(const QString& location)
{
    const QString key = QString::fromLatin1(QCryptographicHash::hash(TeamUrl::parse(location).location().toUtf8(),
                                                                     QCryptographicHash::Sha1).toHex().left(20));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                           + QStringLiteral("/thema/team/") + key;
    QDir().mkpath(folder);
    return folder;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

}  // namespace thema::team
