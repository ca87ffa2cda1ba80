#include "project.h"

namespace thema::cli {

QString positional(const QCommandLineParser& parser, int index, const QString& what)
{
    const QStringList args = parser.positionalArguments();
    if (index >= args.size())
        throw UsageError(QStringLiteral("missing %1").arg(what));
    return args[index];
}

std::unique_ptr<ProjectStore> openProject(const QCommandLineParser& parser)
{
    return ProjectStore::open(positional(parser, 0, QStringLiteral("PROJECT (a .thema file or a team project's postgresql:// URL)")));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
}

std::pair<QString, QString> keyValue(const QString& text, const QString& option)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw UsageError(QStringLiteral("%1 \"%2\": expected key=value").arg(option, text));
    return {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

}  // namespace thema::cli
