#include "actions.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "text/offsets.h"

namespace thema::cli {
namespace {

QStringList speakersOf(const QList<Turn>& turns)
{
    QStringList speakers;
    for (const Turn& t : turns)
        if (!t.speaker.isEmpty() && !speakers.contains(t.speaker))
            speakers.append(t.speaker);
    return speakers;
}

int listSources(ProjectStore& store, const QStringList&, const QCommandLineParser& p, Io& io)
{
    QJsonArray json;
    Table table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("FORMAT"), QStringLiteral("LANG"),
                 QStringLiteral("CHARS"), QStringLiteral("TURNS"), QStringLiteral("PARTICIPANT"), QStringLiteral("SPEAKERS")});
    for (const Source& s : store.sources()) {
        const QList<Turn> turns = store.turns(s.id);
        const QStringList speakers = speakersOf(turns);
        const auto owner = s.participant ? store.participant(s.participant) : std::nullopt;
        json.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("guid"), s.guid},
                                {QStringLiteral("name"), s.name}, {QStringLiteral("format"), s.format},
                                {QStringLiteral("language"), s.language}, {QStringLiteral("characters"), s.characters},
                                {QStringLiteral("turns"), turns.size()},
                                {QStringLiteral("speakers"), QJsonArray::fromStringList(speakers)},
                                {QStringLiteral("participant"), owner ? owner->name : QString()},
                                {QStringLiteral("original_file"), s.originalFile},
                                {QStringLiteral("checksum"), s.checksum},
                                {QStringLiteral("imported_at"), s.importedAt.toString(Qt::ISODate)}});
        table.add({QString::number(s.id), s.name, s.format, s.language, QString::number(s.characters),
                   QString::number(turns.size()), owner ? owner->name : QString(),
                   ellipsize(speakers.join(QStringLiteral(", ")), 50)});
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        table.print(io.out);
    return 0;
}

/** "sources set-participant PROJECT SOURCE [PARTICIPANT]": who the source belongs to; none without PARTICIPANT. */
int setSourceParticipant(ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    const Id owner = args.size() > 1 ? resolve::participant(store, args[1]).id : 0;
    store.setSourceParticipant(source.id, owner);
    io.out << source.name << " belongs to " << (owner ? args[1] : QStringLiteral("nobody")) << '\n';
    return 0;
}

}  // namespace

Command makeSourcesCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("list"), QString(), 0, listSources},
        {QStringLiteral("set-participant"), QStringLiteral("SOURCE [PARTICIPANT]"), 1, setSourceParticipant},
    };
    return {QStringLiteral("sources"), QStringLiteral("List the project's sources, or set who a source belongs to."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("sources"), actions));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

Command makeShowCommand()
{
    return {QStringLiteral("show"), QStringLiteral("Print a source's text, or its speaker turns."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("Source id or name."));
                p.addOption({QStringLiteral("turns"), QStringLiteral("List the speaker turns with their spans.")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                const Source source = resolve::source(*store, positional(p, 1, QStringLiteral("SOURCE")));
                const QString text = store->sourceText(source.id);
                if (!p.isSet(QStringLiteral("turns"))) {
                    if (p.isSet(QStringLiteral("json")))
                        printJson(io.out, QJsonObject{{QStringLiteral("name"), source.name}, {QStringLiteral("text"), text}});
                    else
                        io.out << text << '\n';
                    return 0;
                }
                const TextOffsets offsets(text);
                QJsonArray json;
                for (const Turn& t : store->turns(source.id)) {
                    const qint64 from = offsets.toUtf16(t.span.start), to = offsets.toUtf16(t.span.end);
                    const QString turnText = text.mid(from, to - from);
                    const auto who = t.participant ? store->participant(t.participant) : std::nullopt;
                    QJsonObject o{{QStringLiteral("start"), t.span.start}, {QStringLiteral("end"), t.span.end},
                                  {QStringLiteral("speaker"), t.speaker}, {QStringLiteral("participant"), who ? who->name : QString()},
                                  {QStringLiteral("text"), turnText}};
                    if (t.beginMs) o.insert(QStringLiteral("begin_ms"), *t.beginMs);
                    if (t.endMs) o.insert(QStringLiteral("end_ms"), *t.endMs);
                    json.append(o);
                    if (!p.isSet(QStringLiteral("json")))
                        io.out << QStringLiteral("[%1, %2) %3: %4\n").arg(t.span.start).arg(t.span.end)
                                      .arg(t.speaker.isEmpty() ? QStringLiteral("—") : t.speaker, ellipsize(turnText, 90));
                }
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, json);
                return 0;
            }};
}

}  // namespace thema::cli
