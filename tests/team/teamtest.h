#pragma once

// What the team suites share: thema-cli and psql as a member with their own password, and the server set up once by
// the documented script (scripts/team-server-setup.sh): owner olga, members alex, sam and rita (password = login).
#include "cluster.h"
#include "clirun.h"

#include <doctest/doctest.h>

#include <QFileInfo>

namespace thema::test {

/** Runs thema-cli with the password of @p login in PGPASSWORD (libpq's own source; the URL never holds one). */
inline CliRun as(const QString& login, const QStringList& args)
{
    qputenv("PGPASSWORD", login.toUtf8());
    CliRun run = runCli(args);
    qunsetenv("PGPASSWORD");
    return run;
}

/** psql as @p login on the test database; the statement's output, or its error in err. */
inline CliRun psql(const QString& login, const QString& statement)
{
    qputenv("PGPASSWORD", login.toUtf8());
    const Cluster& c = Cluster::instance();
    CliRun run = runProgram(c.psql(), {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-tA"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                       QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(c.port()),
                                       QStringLiteral("-U"), login, QStringLiteral("-d"), QStringLiteral("thema"), QStringLiteral("-c"), statement});
    qunsetenv("PGPASSWORD");
    return run;
}

/** The server set up by the documented script (scripts/team-server-setup.sh) against the test cluster, once. */
inline void setUpServer()
{
    static bool done = false;
    if (done)
        return;
    const Cluster& c = Cluster::instance();
    for (const char* login : {"OLGA", "ALEX", "SAM", "RITA"})
        qputenv(QByteArray(QByteArray("THEMA_PASSWORD_") + login).constData(), QByteArray(login).toLower());
    qputenv("PGHOST", c.socketDir().toUtf8());
    qputenv("PGUSER", "admin");
    const QString psqlDir = QFileInfo(c.psql()).absolutePath();
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray(psqlDir.toUtf8() + ":" + path));
    const CliRun setup = runProgram(QStringLiteral("bash"), {QStringLiteral(THEMA_SETUP_SCRIPT), QStringLiteral("--no-install"),
                                                             QStringLiteral("--port"), QString::number(c.port()), QStringLiteral("--psql-as"),
                                                             qEnvironmentVariable("USER", QStringLiteral("root")), QStringLiteral("--owner"),
                                                             QStringLiteral("olga"), QStringLiteral("--user"), QStringLiteral("alex"),
                                                             QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--user"),
                                                             QStringLiteral("rita")});
    qputenv("PATH", path);
    qunsetenv("PGHOST");
    qunsetenv("PGUSER");
    INFO(setup.err.toStdString());
    REQUIRE(setup.code == 0);
    done = true;
}

}  // namespace thema::test
