#include "actions.h"

namespace thema::cli {

int runAction(const QList<Action>& actions, const QString& defaultAction, const QCommandLineParser& parser, Io& io)
{
    QStringList args = parser.positionalArguments();
    QString name = defaultAction;
    if (!args.isEmpty()) {
        for (const Action& a : actions)
            if (a.name == args.first()) {
                name = args.takeFirst();
                break;
            }
    }
    const auto it = std::find_if(actions.begin(), actions.end(), [&](const Action& a) { return a.name == name; });
    if (it == actions.end())
        throw UsageError(QStringLiteral("unknown action"));
    if (args.isEmpty())
        throw UsageError(QStringLiteral("missing PROJECT (a .thema file)"));
    auto store = ProjectStore::open(args.takeFirst());
    if (args.size() < it->minArgs)
        throw UsageError(QStringLiteral("%1 needs: PROJECT %2").arg(it->name, it->usage));
    return it->run(*store, args, parser, io);
}

QCommandLineOption ifVersionOption()
{
    return {QStringLiteral("if-version"), QStringLiteral("Edit only if the code, theme or participant is still at version N (as read with "
                                                         "--json); else exit 1 showing its current value."), QStringLiteral("N")};
}

qint64 versionFor(const QCommandLineParser& parser, qint64 read)
{
    if (!parser.isSet(QStringLiteral("if-version")))
        return read;
    bool ok = false;
    const qint64 version = parser.value(QStringLiteral("if-version")).toLongLong(&ok);
    if (!ok || version <= 0)
        throw UsageError(QStringLiteral("--if-version takes a version number (1 or more)"));
    return version;
}

QString actionHelp(const QString& command, const QList<Action>& actions)
{
    QString help = QStringLiteral("Actions:");
    for (const Action& a : actions)
        help += QStringLiteral("\n  thema-cli %1 %2 PROJECT %3").arg(command, a.name, a.usage);
    return help;
}

}  // namespace thema::cli
