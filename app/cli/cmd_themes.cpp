// thema-cli themes: themes and subthemes, their codes, definitions and status.
#include "actions.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "store/themeedits.h"

namespace thema::cli {
namespace {

ThemeStatus statusFrom(const QString& name)
{
    const auto status = themeStatusFromName(name);
    if (!status)
        throw UsageError(QStringLiteral("status \"%1\": use candidate, reviewed or final").arg(name));
    return *status;
}

QJsonArray idArray(const QList<Id>& ids)
{
    QJsonArray out;
    for (Id id : ids)
        out.append(id);
    return out;
}

int merge(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    ThemeMerge done;
    QString into;
    store.transaction([&] {
        const Theme from = resolve::theme(store, args[0]);
        const Theme target = resolve::theme(store, args[1]);
        done = mergeThemes(store, from.id, target.id);
        into = store.theme(target.id)->path;
    });
    QStringList codes;
    for (Id c : done.addedCodes)
        codes.append(store.code(c)->path);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(io.out, QJsonObject{{QStringLiteral("merged"), args[0]}, {QStringLiteral("into"), into},
                                      {QStringLiteral("codes_added"), QJsonArray::fromStringList(codes)},
                                      {QStringLiteral("exemplars_added"), idArray(done.addedExemplars)},
                                      {QStringLiteral("subthemes_moved"), int(done.movedChildren.size())}});
        return 0;
    }
    io.out << "Merged theme " << args[0] << " into " << into << ": " << counted(codes.size(), QStringLiteral("code")) << ", "
           << counted(qint64(done.addedExemplars.size()), QStringLiteral("exemplar")) << " and "
           << counted(qint64(done.movedChildren.size()), QStringLiteral("subtheme")) << " added\n";
    return 0;
}

int split(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    ThemeSplit done;
    QString path;
    QStringList codes;
    store.transaction([&] {
        const Theme theme = resolve::theme(store, args[0]);
        QList<Id> ids;
        for (const QString& c : args.mid(2)) {
            const Code code = resolve::code(store, c);
            ids.append(code.id);
            codes.append(code.path);
        }
        done = splitTheme(store, theme.id, args[1], ids);
        path = store.theme(done.theme)->path;
    });
    if (p.isSet(QStringLiteral("json"))) {
        printJson(io.out, QJsonObject{{QStringLiteral("theme"), path}, {QStringLiteral("id"), done.theme}, {QStringLiteral("guid"), done.guid},
                                      {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                                      {QStringLiteral("exemplars_moved"), idArray(done.movedExemplars)}});
        return 0;
    }
    io.out << "Split " << path << " out of " << args[0] << " with " << codes.join(QStringLiteral(", ")) << " and "
           << counted(qint64(done.movedExemplars.size()), QStringLiteral("exemplar")) << '\n';
    return 0;
}

int exemplar(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    bool ok = false;
    const Id coding = args[1].toLongLong(&ok);
    if (!ok || coding <= 0)
        throw UsageError(QStringLiteral("CODING-ID \"%1\": a coding's number, as thema-cli codings --json lists it").arg(args[1]));
    const bool on = !p.isSet(QStringLiteral("off"));
    const Theme theme = resolve::theme(store, args[0]);
    const bool changed = setThemeExemplar(store, theme.id, coding, on);
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("theme"), theme.path}, {QStringLiteral("coding"), coding},
                                      {QStringLiteral("exemplar"), on}, {QStringLiteral("changed"), changed}});
    else
        io.out << "Coding " << coding << (on ? " is" : " is not") << " an exemplar of " << theme.path << (changed ? "" : " (already so)") << '\n';
    return 0;
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
                                    {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                                    {QStringLiteral("exemplars"), idArray(store.exemplars(t.id))}, {QStringLiteral("version"), t.version}});
            continue;
        }
        const QString indent(int(t.path.count(QLatin1Char('/'))) * 2, QLatin1Char(' '));
        io.out << indent << t.name << "  [" << themeStatusName(t.status) << "]\n";
        if (!t.definition.isEmpty())
            io.out << indent << "  " << ellipsize(t.definition, 100) << '\n';
        for (const QString& c : codes)
            io.out << indent << "  - " << c << '\n';
        if (const QList<Id> stars = store.exemplars(t.id); !stars.isEmpty()) {
            QStringList ids;
            for (Id e : stars)
                ids.append(QString::number(e));
            io.out << indent << "  ★ exemplar codings " << ids.join(QStringLiteral(", ")) << '\n';
        }
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
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Id parent = args[1] == QLatin1String("/") ? 0 : resolve::theme(store, args[1]).id;
             const Theme t = resolve::theme(store, args[0]);
             store.moveTheme(t.id, parent, -1, versionFor(p, t.version));
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
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Theme t = resolve::theme(store, args[0]);
             store.setThemeDefinition(t.id, args[1], versionFor(p, t.version));
             return 0;
         }},
        {QStringLiteral("status"), QStringLiteral("THEME candidate|reviewed|final"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Theme t = resolve::theme(store, args[0]);
             store.setThemeStatus(t.id, statusFrom(args[1]), versionFor(p, t.version));
             return 0;
         }},
        {QStringLiteral("rename"), QStringLiteral("THEME NEW-NAME"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Theme t = resolve::theme(store, args[0]);
             store.renameTheme(t.id, args[1], versionFor(p, t.version));
             return 0;
         }},
        {QStringLiteral("merge"), QStringLiteral("THEME INTO-THEME  (codes, exemplars, subthemes and definition go to INTO-THEME)"), 2, merge},
        {QStringLiteral("split"), QStringLiteral("THEME NEW-NAME CODE…  (a new sibling theme takes these codes and their exemplars)"), 3, split},
        {QStringLiteral("exemplar"), QStringLiteral("THEME CODING-ID [--off]  (star or unstar an extract as the theme's exemplar)"), 2, exemplar},
        {QStringLiteral("remove"), QStringLiteral("THEME  (with its subthemes; codes stay)"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.removeTheme(resolve::theme(store, args[0]).id);
             return 0;
         }},
    };
    return {QStringLiteral("themes"), QStringLiteral("List themes; add, nest, link codes, define, set status, merge, split, star exemplars."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("themes"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption({QStringLiteral("definition"), QStringLiteral("With add: the theme's definition."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("status"), QStringLiteral("With add: candidate, reviewed or final."), QStringLiteral("STATUS")});
                p.addOption({QStringLiteral("off"), QStringLiteral("With exemplar: unstar the extract.")});
                p.addOption(ifVersionOption());
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

}  // namespace thema::cli
