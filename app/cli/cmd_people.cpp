// thema-cli participants and coders.
#include "actions.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"

namespace thema::cli {
namespace {

QJsonObject attributesJson(const Participant& p)
{
    QJsonObject o;
    for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int listParticipants(ProjectStore& store, const QStringList&, const QCommandLineParser& p, Io& io)
{
    QHash<Id, int> turns, sources;
    QHash<Id, QSet<Id>> sourceSets;
    for (const Turn& t : store.allTurns())
        if (t.participant) {
            ++turns[t.participant];
            sourceSets[t.participant].insert(t.source);
        }
    for (const Source& s : store.sources())
        if (s.participant)
            sourceSets[s.participant].insert(s.id);
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("INTERVIEWER"), QStringLiteral("SOURCES"),
                 QStringLiteral("TURNS"), QStringLiteral("ATTRIBUTES")});
    for (const Participant& part : store.participants()) {
        QStringList attrs;
        for (auto it = part.attributes.cbegin(); it != part.attributes.cend(); ++it)
            attrs.append(it.key() + QLatin1Char('=') + it.value());
        const qsizetype nSources = sourceSets.value(part.id).size();
        json.append(QJsonObject{{QStringLiteral("id"), part.id}, {QStringLiteral("guid"), part.guid},
                                {QStringLiteral("name"), part.name}, {QStringLiteral("interviewer"), part.interviewer},
                                {QStringLiteral("sources"), nSources}, {QStringLiteral("turns"), turns.value(part.id)},
                                {QStringLiteral("attributes"), attributesJson(part)}, {QStringLiteral("version"), part.version}});
        table.add({QString::number(part.id), part.name, part.interviewer ? QStringLiteral("yes") : QString(),
                   QString::number(nSources), QString::number(turns.value(part.id)), attrs.join(QStringLiteral(", "))});
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        table.print(io.out);
    return 0;
}

int setAttributes(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    store.transaction([&] {
        const Participant part = resolve::participant(store, args[0]);
        qint64 version = versionFor(p, part.version);
        for (const QString& kv : args.mid(1)) {
            const auto [key, value] = keyValue(kv, QStringLiteral("attribute"));
            store.setAttribute(part.id, key, value, version++);
        }
    });
    io.out << "Set " << counted(args.size() - 1, QStringLiteral("attribute")) << " of " << args[0] << '\n';
    return 0;
}

int markInterviewer(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    const Participant part = resolve::participant(store, args[0]);
    const bool on = !p.isSet(QStringLiteral("off")) && args.value(1, QStringLiteral("yes")) != QLatin1String("no");
    store.setInterviewer(part.id, on, versionFor(p, part.version));
    io.out << part.name << (on ? " is an interviewer" : " is not an interviewer") << "; the sources now belong to:\n";
    for (const Source& s : store.sources()) {
        const auto owner = s.participant ? store.participant(s.participant) : std::nullopt;
        io.out << "  " << s.name << ": " << (owner ? owner->name : QStringLiteral("(nobody)")) << '\n';
    }
    return 0;
}

int listValues(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    QJsonArray json;
    Table table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("PARTICIPANTS")});
    for (const QString& key : args.isEmpty() ? store.attributeKeys() : QStringList{args[0]}) {
        const QMap<QString, int> values = store.attributeValues(key);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            json.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), it.key()}, {QStringLiteral("participants"), it.value()}});
            table.add({key, it.key(), QString::number(it.value())});
        }
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        table.print(io.out);
    return 0;
}

}  // namespace

Command makeParticipantsCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("list"), QString(), 0, listParticipants},
        {QStringLiteral("add"), QStringLiteral("NAME [KEY=VALUE…]"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io) {
             store.transaction([&] {
                 Participant part;
                 part.name = args[0];
                 part.interviewer = p.isSet(QStringLiteral("interviewer"));
                 store.addParticipant(part);
                 for (const QString& kv : args.mid(1)) {
                     const auto [key, value] = keyValue(kv, QStringLiteral("attribute"));
                     store.setAttribute(part.id, key, value);
                 }
             });
             io.out << "Added participant " << args[0] << '\n';
             return 0;
         }},
        {QStringLiteral("set"), QStringLiteral("PARTICIPANT KEY=VALUE…"), 2, setAttributes},
        {QStringLiteral("unset"), QStringLiteral("PARTICIPANT KEY…"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             store.transaction([&] {
                 const Participant part = resolve::participant(store, args[0]);
                 qint64 version = versionFor(p, part.version);
                 for (const QString& key : args.mid(1))
                     store.removeAttribute(part.id, key, version++);
             });
             return 0;
         }},
        {QStringLiteral("rename"), QStringLiteral("PARTICIPANT NEW-NAME"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io&) {
             const Participant part = resolve::participant(store, args[0]);
             store.renameParticipant(part.id, args[1], versionFor(p, part.version));
             return 0;
         }},
        {QStringLiteral("interviewer"), QStringLiteral("PARTICIPANT|SPEAKER [yes|no] [--off]"), 1, markInterviewer},
        {QStringLiteral("remove"), QStringLiteral("PARTICIPANT"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             store.removeParticipant(resolve::participant(store, args[0]).id);
             io.out << "Removed participant " << args[0] << '\n';
             return 0;
         }},
        {QStringLiteral("merge"), QStringLiteral("FROM INTO"), 2,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             store.mergeParticipant(resolve::participant(store, args[0]).id, resolve::participant(store, args[1]).id);
             io.out << "Merged participant " << args[0] << " into " << args[1] << '\n';
             return 0;
         }},
        {QStringLiteral("values"), QStringLiteral("[KEY]"), 0, listValues},
        {QStringLiteral("rename-value"), QStringLiteral("KEY FROM TO"), 3,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             const int n = store.renameAttributeValue(args[0], args[1], args[2]);
             io.out << "Renamed " << args[0] << '=' << args[1] << " to " << args[2] << " for " << counted(n, QStringLiteral("participant")) << '\n';
             return 0;
         }},
        {QStringLiteral("normalise"), QStringLiteral("[KEY]"), 0,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             const int n = store.normaliseAttributeValues(args.value(0));
             io.out << "Normalised " << counted(n, QStringLiteral("attribute value")) << '\n';
             return 0;
         }},
        {QStringLiteral("map"), QStringLiteral("SOURCE SPEAKER PARTICIPANT"), 3,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io) {
             store.transaction([&] {
                 const Source s = resolve::source(store, args[0]);
                 auto part = store.participantByName(args[2]);
                 Id id = part ? part->id : 0;
                 if (!id) {
                     Participant created;
                     created.name = args[2];
                     id = store.addParticipant(created);
                 }
                 store.setTurnParticipant(s.id, args[1], id);
             });
             io.out << "Turns of " << args[1] << " in " << args[0] << " now belong to " << args[2] << '\n';
             return 0;
         }},
    };
    return {QStringLiteral("participants"), QStringLiteral("List participants (cases); add, rename, merge or remove them, set attributes and tidy their values, mark interviewers, map speakers."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("participants"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption({QStringLiteral("interviewer"), QStringLiteral("With add: mark the participant as an interviewer.")});
                p.addOption({QStringLiteral("off"), QStringLiteral("With interviewer: the participant is not an interviewer.")});
                p.addOption(ifVersionOption());
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

Command makeCodersCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("list"), QString(), 0,
         [](ProjectStore& store, const QStringList&, const QCommandLineParser& p, Io& io) {
             QHash<Id, qint64> counts;
             for (const CodeCount& c : store.codeCounts())
                 counts[c.coder] += c.codings;
             QJsonArray json;
             Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("COLOUR"), QStringLiteral("CODINGS"),
                          QStringLiteral("CONSENSUS")});
             for (const Coder& c : store.coders()) {
                 json.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("guid"), c.guid}, {QStringLiteral("name"), c.name},
                                         {QStringLiteral("color"), c.color}, {QStringLiteral("consensus"), c.consensus},
                                         {QStringLiteral("codings"), counts.value(c.id)}});
                 table.add({QString::number(c.id), c.name, c.color, QString::number(counts.value(c.id)),
                            c.consensus ? QStringLiteral("yes") : QString()});
             }
             if (p.isSet(QStringLiteral("json")))
                 printJson(io.out, json);
             else
                 table.print(io.out);
             return 0;
         }},
        {QStringLiteral("add"), QStringLiteral("NAME"), 1,
         [](ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io) {
             Coder c;
             c.name = args[0];
             c.color = p.value(QStringLiteral("color"));
             store.addCoder(c);
             io.out << "Added coder " << c.name << '\n';
             return 0;
         }},
    };
    return {QStringLiteral("coders"), QStringLiteral("List the analysts who code, or add one."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("coders"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption({QStringLiteral("color"), QStringLiteral("With add: the coder's colour, #RRGGBB."), QStringLiteral("COLOR")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

}  // namespace thema::cli
