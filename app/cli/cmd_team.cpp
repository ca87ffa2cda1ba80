// thema-cli team: team projects on a PostgreSQL server — push, pull, members, roles and blind mode.
#include "output.h"
#include "project.h"
#include "store/postgres/teamadmin.h"

namespace thema::cli {
namespace {

const QString kUsage = QStringLiteral(
    "push PROJECT.thema URL | pull URL OUT.thema | members URL | grant URL LOGIN ROLE [--as CODER] | revoke URL LOGIN | "
    "blind URL | unblind URL");

int members(const QString& url, const QCommandLineParser& p, Io& io)
{
    const auto store = ProjectStore::open(url);
    const QList<team::Member> all = team::members(*store);
    const bool blind = team::isBlind(*store);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const team::Member& m : all)
            rows.append(QJsonObject{{QStringLiteral("login"), m.login}, {QStringLiteral("role"), team::roleName(m.role)},
                                    {QStringLiteral("coder"), m.coder}});
        printJson(io.out, QJsonObject{{QStringLiteral("members"), rows}, {QStringLiteral("blind"), blind}});
        return 0;
    }
    for (const team::Member& m : all)
        io.out << m.login << "\t" << team::roleName(m.role) << "\t" << m.coder << "\n";
    io.err << (blind ? "Blind mode is on: coders see only their own codings\n" : "Blind mode is off\n");
    return 0;
}

int run(const QCommandLineParser& p, Io& io)
{
    const QStringList args = p.positionalArguments();
    const QString action = positional(p, 0, QStringLiteral("ACTION (") + kUsage + QLatin1Char(')'));
    auto need = [&](int count) {
        if (args.size() != count + 1)
            throw UsageError(QStringLiteral("team %1: expected %2; usage: team %3").arg(action, counted(count, QStringLiteral("argument")), kUsage));
    };
    if (action == QLatin1String("push")) {
        need(2);
        const qint64 codings = team::push(args[1], args[2]);
        io.err << "Created the team project " << args[2] << " from " << args[1] << " (" << counted(codings, QStringLiteral("coding")) << "); you are its owner\n";
        return 0;
    }
    if (action == QLatin1String("pull")) {
        need(2);
        const qint64 codings = team::pull(args[1], args[2]);
        io.err << "Wrote an offline copy of " << args[1] << " to " << args[2] << " (" << counted(codings, QStringLiteral("coding")) << ")\n";
        return 0;
    }
    if (action == QLatin1String("members")) {
        need(1);
        return members(args[1], p, io);
    }
    if (action == QLatin1String("grant")) {
        need(3);
        const team::Role role = team::parseRole(args[3]);
        auto store = ProjectStore::open(args[1]);
        team::grant(*store, args[2], role, p.value(QStringLiteral("as")));
        io.err << args[2] << " is now " << team::roleName(role) << " of " << store->path() << "\n";
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        need(2);
        auto store = ProjectStore::open(args[1]);
        team::revoke(*store, args[2]);
        io.err << args[2] << " is no longer a member of " << store->path() << "\n";
        return 0;
    }
    if (action == QLatin1String("blind") || action == QLatin1String("unblind")) {
        need(1);
        auto store = ProjectStore::open(args[1]);
        team::setBlind(*store, action == QLatin1String("blind"));
        io.err << (action == QLatin1String("blind") ? "Blind mode on: coders now see only their own codings\n"
                                                    : "Blind mode off: coders see every coding\n");
        return 0;
    }
    throw UsageError(QStringLiteral("team: unknown action \"%1\"; usage: team %2").arg(action, kUsage));
}

}  // namespace

Command makeTeamCommand()
{
    return {QStringLiteral("team"), QStringLiteral("Team projects on a PostgreSQL server: push, pull, members, grant, revoke, blind, unblind."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("ACTION"), kUsage);
                p.addPositionalArgument(QStringLiteral("ARGS"), QStringLiteral(
                    "URL is postgresql://[user@]host[:port]/database?project=NAME; the password comes from ~/.pgpass, "
                    "PGPASSWORD or a service file, never from the URL. ROLE is owner, coder or reader."), QStringLiteral("[ARGS...]"));
                p.addOption(QCommandLineOption(QStringLiteral("as"), QStringLiteral("grant: the coder the member codes as (default: the login name)."),
                                               QStringLiteral("CODER")));
                p.addOption(jsonOption());
            },
            run};
}

}  // namespace thema::cli
