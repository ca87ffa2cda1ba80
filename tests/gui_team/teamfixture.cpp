#include "teamfixture.h"

#include "cluster.h"
#include "clirun.h"
#include "demostudy.h"
#include "store/postgres/teamadmin.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QTemporaryDir>

namespace thema::test {

TeamServer& TeamServer::instance()
{
    static TeamServer server;
    return server;
}

TeamServer::TeamServer()
{
    static QTemporaryDir cache;  // this client's team index (~/.cache/thema/team) stays out of the user's home
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    Cluster::instance();
    admin(QStringLiteral("CREATE DATABASE thema"));
    for (const char* login : {"olga", "sam", "rita", "nora"})
        admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1'; GRANT CONNECT ON DATABASE thema TO %1").arg(QLatin1String(login)));
    admin(QStringLiteral("GRANT CREATE ON DATABASE thema TO olga"));
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.thema"));
    DemoStudy::build(DemoStudy::defaultSamplesDir(), demo);
    qputenv("PGPASSWORD", "olga");
    team::push(demo, url(QStringLiteral("olga")));
    {
        auto store = ProjectStore::open(url(QStringLiteral("olga")));
        team::grant(*store, QStringLiteral("sam"), team::Role::Coder, QStringLiteral("Sam"));
        team::grant(*store, QStringLiteral("rita"), team::Role::Reader);
    }
    qunsetenv("PGPASSWORD");
}

QString TeamServer::url(const QString& login, const QString& project) const
{
    return Cluster::instance().url(login, project);
}

int TeamServer::port() const
{
    return Cluster::instance().port();
}

QString TeamServer::admin(const QString& statement) const
{
    const Cluster& c = Cluster::instance();
    const CliRun run = runProgram(c.psql(), {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-tA"), QStringLiteral("-v"),
                                             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), c.socketDir(), QStringLiteral("-p"),
                                             QString::number(c.port()), QStringLiteral("-U"), QStringLiteral("admin"), QStringLiteral("-d"),
                                             statement.startsWith(QLatin1String("CREATE DATABASE")) ? QStringLiteral("postgres") : QStringLiteral("thema"),
                                             QStringLiteral("-c"), statement});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    return run.out.trimmed();
}

}  // namespace thema::test
