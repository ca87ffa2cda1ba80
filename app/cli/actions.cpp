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

QString actionHelp(const QString& command, const QList<Action>& actions)
{
    QString help = QStringLiteral("Actions:");
    for (const Action& a : actions)
        help += QStringLiteral("\n  thema-cli %1 %2 PROJECT %3").arg(command, a.name, a.usage);
    return help;
}

}  // namespace thema::cli
