// thema-cli codes: the codebook.
#include "actions.h"
#include "output.h"
#include "project.h"
#include "store/names.h"
#include "store/resolve.h"

namespace thema::cli {
namespace {

CodeDescription descriptionFrom(const QCommandLineParser& p, CodeDescription d)
{
    if (p.isSet(QStringLiteral("definition"))) d.definition = p.value(QStringLiteral("definition"));
    if (p.isSet(QStringLiteral("when-to-use"))) d.whenToUse = p.value(QStringLiteral("when-to-use"));
    if (p.isSet(QStringLiteral("when-not"))) d.whenNotToUse = p.value(QStringLiteral("when-not"));
    if (p.isSet(QStringLiteral("example"))) d.example = p.value(QStringLiteral("example"));
    return d;
}

int tree(ProjectStore& store, const QStringList&, const QCommandLineParser& p, Io& io)
{
    QHash<Id, QMap<QString, qint64>> perCoder;
    QHash<Id, qint64> total;
    QHash<Id, QString> coderNames;
    for (const Coder& c : store.coders())
        coderNames.insert(c.id, c.name);
    for (const CodeCount& c : store.codeCounts()) {
        perCoder[c.code][coderNames.value(c.coder)] += c.codings;
        total[c.code] += c.codings;
    }
    const QList<Code> codes = store.codes();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const Code& c : codes) {
            QJsonObject counts;
            for (auto it = perCoder.value(c.id).cbegin(); it != perCoder.value(c.id).cend(); ++it)
                counts.insert(it.key(), it.value());
            json.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("guid"), c.guid}, {QStringLiteral("name"), c.name},
                                    {QStringLiteral("path"), c.path}, {QStringLiteral("parent"), c.parent},
                                    {QStringLiteral("color"), c.color}, {QStringLiteral("definition"), c.description.definition},
                                    {QStringLiteral("when_to_use"), c.description.whenToUse},
                                    {QStringLiteral("when_not"), c.description.whenNotToUse},
                                    {QStringLiteral("example"), c.description.example},
                                    {QStringLiteral("codings"), total.value(c.id)}, {QStringLiteral("codings_by_coder"), counts},
                                    {QStringLiteral("version"), c.version}});
        }
        printJson(io.out, json);
        return 0;
    }
    if (codes.isEmpty())
        io.out << "The codebook is empty. Add a code with: thema-cli codes add PROJECT \"Parent/Child\"\n";
    for (const Code& c : codes) {
        const int depth = int(c.path.count(QLatin1Char('/')));
        QStringList counts;
        for (auto it = perCoder.value(c.id).cbegin(); it != perCoder.value(c.id).cend(); ++it)
            counts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        QString line = QString(depth * 2, QLatin1Char(' ')) + c.name;
        io.out << line.leftJustified(44) << ' ' << c.color << "  " << QString::number(c.id).rightJustified(4) << "  "
               << counts.join(QStringLiteral(", ")) << '\n';
    }
    return 0;
}

}  // namespace

Command makeCodesCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("tree"), QString(), 0, tree},
        {QStringLiteral("add"), QStringLiteral("PATH  (e.g. \"Access/Waiting times\"; missing parents are created)"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io) {
             store.transaction([&] {
                 QStringList parts = args[0].split(QLatin1Char('/'), Qt::SkipEmptyParts);
                 if (parts.isEmpty())
                     throw UsageError(QStringLiteral("empty code path"));
                 const QString name = parts.takeLast();
                 Code c;
                 if (!parts.isEmpty())
                     c.parent = store.codeByPath(parts.join(QLatin1Char('/')), true)->id;
                 c.name = name;
                 c.color = p.value(QStringLiteral("color"));
                 c.description = descriptionFrom(p, {});
                 store.addCode(c);
                 if (!c.color.isEmpty() && p.isSet(QStringLiteral("color")))
                     store.setCodeColor(c.id, c.color);
             });
             io.out << "Added code " << singleLineName(args[0]) << '\n';  // as stored: one line
             return 0;
         }},
        {QStringLiteral("rename"), QStringLiteral("CODE NEW-NAME"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Code c = resolve::code(store, args[0]);
             store.renameCode(c.id, args[1], versionFor(p, c.version));
             return 0;
         }},
        {QStringLiteral("move"), QStringLiteral("CODE NEW-PARENT  (\"/\" for the top level)"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Id parent = args[1] == QLatin1String("/") ? 0 : resolve::code(store, args[1]).id;
             const Code c = resolve::code(store, args[0]);
             store.moveCode(c.id, parent, -1, versionFor(p, c.version));
             return 0;
         }},
        {QStringLiteral("merge"), QStringLiteral("CODE INTO-CODE  (codings, subcodes and theme links move; CODE is removed)"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             const Code from = resolve::code(store, args[0]);
             const Code into = resolve::code(store, args[1]);
             store.mergeCode(from.id, into.id);
             io.out << "Merged " << from.path << " into " << into.path << '\n';
             return 0;
         }},
        {QStringLiteral("describe"), QStringLiteral("CODE --definition … --when-to-use … --when-not … --example …"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io) {
             const Code c = resolve::code(store, args[0]);
             const CodeDescription d = descriptionFrom(p, c.description);
             if (d == c.description) {
                 io.out << c.path << "\n  definition: " << d.definition << "\n  when to use: " << d.whenToUse
                        << "\n  when not to use: " << d.whenNotToUse << "\n  example: " << d.example << '\n';
                 return 0;
             }
             store.setCodeDescription(c.id, d, versionFor(p, c.version));
             return 0;
         }},
        {QStringLiteral("colour"), QStringLiteral("CODE #RRGGBB"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Code c = resolve::code(store, args[0]);
             store.setCodeColor(c.id, args[1], versionFor(p, c.version));
             return 0;
         }},
        {QStringLiteral("remove"), QStringLiteral("CODE  (with its subcodes and their codings)"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io&) {
             store.removeCode(resolve::code(store, args[0]).id);
             return 0;
         }},
    };
    return {QStringLiteral("codes"), QStringLiteral("Show the codebook tree; add, rename, move, merge, describe, colour codes."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("codes"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption({QStringLiteral("color"), QStringLiteral("With add: the code's colour, #RRGGBB."), QStringLiteral("COLOR")});
                p.addOption({QStringLiteral("definition"), QStringLiteral("What the code means."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("when-to-use"), QStringLiteral("When to apply it."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("when-not"), QStringLiteral("When not to apply it."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("example"), QStringLiteral("An example from the data."), QStringLiteral("TEXT")});
                p.addOption(ifVersionOption());
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("tree"), p, io); }};
}

}  // namespace thema::cli
