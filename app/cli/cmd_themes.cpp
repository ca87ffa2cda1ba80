// thema-cli themes: themes and subthemes, their codes, definitions and status.
#include "actions.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"

namespace thema::cli {
namespace {

ThemeStatus statusFrom(const QString& name)
{
    const auto status = themeStatusFromName(name);
    if (!status)
        throw UsageError(QStringLiteral("status \"%1\": use candidate, reviewed or final").arg(name));
    return *status;
}

int list(ProjectStore& store, const QStringList&, const QCommandLineParser& p, Io& io)
{
    QHash<Id, QString> codePaths;
    for (const Code& c : store.codes())
        codePaths.insert(c.id, c.path);
    QJsonArray json;
    const QList<Theme> themes = store.themes();
    for (const Theme& t : themes) {
        QStringList codes;
        for (Id c : t.codes)
            codes.append(codePaths.value(c));
        codes.sort(Qt::CaseInsensitive);
        if (p.isSet(QStringLiteral("json"))) {
            json.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("guid"), t.guid}, {QStringLiteral("name"), t.name},
                                    {QStringLiteral("path"), t.path}, {QStringLiteral("parent"), t.parent},
                                    {QStringLiteral("definition"), t.definition}, {QStringLiteral("status"), themeStatusName(t.status)},
                                    {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
            continue;
        }
        const QString indent(int(t.path.count(QLatin1Char('/'))) * 2, QLatin1Char(' '));
        io.out << indent << t.name << "  [" << themeStatusName(t.status) << "]\n";
        if (!t.definition.isEmpty())
            io.out << indent << "  " << ellipsize(t.definition, 100) << '\n';
        for (const QString& c : codes)
            io.out << indent << "  - " << c << '\n';
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else if (themes.isEmpty())
        io.out << "No themes yet. Add one with: thema-cli themes add PROJECT \"Theme\" --definition …\n";
    return 0;
}

}  // namespace

Command makeThemesCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("list"), QString(), 0, list},
        {QStringLiteral("add"), QStringLiteral("PATH  (\"Theme\" or \"Theme/Subtheme\") [--definition …] [--status …]"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io) {
             store.transaction([&] {
                 QStringList parts = args[0].split(QLatin1Char('/'), Qt::SkipEmptyParts);
                 if (parts.isEmpty())
                     throw UsageError(QStringLiteral("empty theme path"));
                 Theme t;
                 t.name = parts.takeLast();
                 if (!parts.isEmpty())
                     t.parent = resolve::theme(store, parts.join(QLatin1Char('/'))).id;
                 t.definition = p.value(QStringLiteral("definition"));
                 if (p.isSet(QStringLiteral("status")))
                     t.status = statusFrom(p.value(QStringLiteral("status")));
                 store.addTheme(t);
             });
             io.out << "Added theme " << args[0] << '\n';
             return 0;
         }},
        {QStringLiteral("nest"), QStringLiteral("THEME PARENT-THEME  (\"/\" for the top level)"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             const Id parent = args[1] == QLatin1String("/") ? 0 : resolve::theme(store, args[1]).id;
             store.moveTheme(resolve::theme(store, args[0]).id, parent);
             return 0;
         }},
        {QStringLiteral("link"), QStringLiteral("THEME CODE…"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.transaction([&] {
                 const Id theme = resolve::theme(store, args[0]).id;
                 for (const QString& c : args.mid(1))
                     store.linkCode(theme, resolve::code(store, c).id);
             });
             return 0;
         }},
        {QStringLiteral("unlink"), QStringLiteral("THEME CODE…"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.transaction([&] {
                 const Id theme = resolve::theme(store, args[0]).id;
                 for (const QString& c : args.mid(1))
                     store.unlinkCode(theme, resolve::code(store, c).id);
             });
             return 0;
         }},
        {QStringLiteral("define"), QStringLiteral("THEME DEFINITION"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.setThemeDefinition(resolve::theme(store, args[0]).id, args[1]);
             return 0;
         }},
        {QStringLiteral("status"), QStringLiteral("THEME candidate|reviewed|final"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.setThemeStatus(resolve::theme(store, args[0]).id, statusFrom(args[1]));
             return 0;
         }},
        {QStringLiteral("rename"), QStringLiteral("THEME NEW-NAME"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.renameTheme(resolve::theme(store, args[0]).id, args[1]);
             return 0;
         }},
        {QStringLiteral("remove"), QStringLiteral("THEME  (with its subthemes; codes stay)"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.removeTheme(resolve::theme(store, args[0]).id);
             return 0;
         }},
    };
    return {QStringLiteral("themes"), QStringLiteral("List themes; add, nest, link codes, define, set status."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("themes"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption({QStringLiteral("definition"), QStringLiteral("With add: the theme's definition."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("status"), QStringLiteral("With add: candidate, reviewed or final."), QStringLiteral("STATUS")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

}  // namespace thema::cli
