#include "store/postgres/sessionpassword.h"

#include "store/postgres/teamurl.h"

#include <QHash>
#include <QMutex>

namespace thema::team {
namespace {

QMutex mutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byServer;  // server() (host, port, database, login) → password
    return byServer;
}

// libpq's lines as sentences: "could not connect … failed: Connection refused" + "Is the server running …?" read
// as two sentences, not one run-on line.
QString sentences(const QString& said)
{
    QStringList parts;
    for (QString line : said.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.simplified();
        if (line.isEmpty())
            continue;
        if (!line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1Char('?')) && !line.endsWith(QLatin1Char('!')))
            line += QLatin1Char('.');
        parts.append(line);
    }
    return parts.join(QLatin1Char(' '));
}

const char* const kWrongPassword = "the password was refused";
const char* const kNoPassword = "the server asks for a password";

}  // namespace

void setSessionPassword(const TeamUrl& url, const QString& password)
{
    QMutexLocker lock(&mutex);
    if (password.isEmpty())
        passwords().remove(url.server());
    else
        passwords().insert(url.server(), password);
}

QString sessionPassword(const TeamUrl& url)
{
    QMutexLocker lock(&mutex);
    return passwords().value(url.server());
}

QString connectionProblem(const QString& said)
{
    const QString text = sentences(said);
    auto has = [&](const char* words) { return said.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("password authentication failed"))
        return QStringLiteral("%1 (%2)").arg(QLatin1String(kWrongPassword), text);
    if (has("no password supplied"))
        return QStringLiteral("%1 and none was given: type it in, or keep it in ~/.pgpass or PGPASSWORD (%2)")
            .arg(QLatin1String(kNoPassword), text);
    if (has("Connection refused") || has("timeout expired") || has("could not translate host name") || has("No route to host")
        || has("Network is unreachable") || has("No such file or directory"))
        return QStringLiteral("the server cannot be reached (%1)").arg(text);
    if (has("database") && has("does not exist"))
        return QStringLiteral("no such database on the server (%1)").arg(text);
    return text;
}

bool needsPassword(const QString& message)
{
    return message.contains(QLatin1String(kWrongPassword)) || message.contains(QLatin1String(kNoPassword));
}

}  // namespace thema::team
