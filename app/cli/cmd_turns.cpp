// "turns": a source's speaker turns with their numbers and times, and setting a turn's time by hand.
#include "actions.h"
#include "core/media/mediatime.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "text/offsets.h"

namespace thema::cli {
namespace {

int listTurns(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    const QString text = store.sourceText(source.id);
    QJsonArray json;
    Table table({QStringLiteral("TURN"), QStringLiteral("TIME"), QStringLiteral("SPEAKER"), QStringLiteral("TEXT")});
    int number = 0;
    for (const Turn& t : store.turns(source.id)) {
        const QString turnText = TextOffsets::mid(text, t.span.start, t.span.end);
        QJsonObject o{{QStringLiteral("turn"), ++number}, {QStringLiteral("start"), t.span.start},
                      {QStringLiteral("end"), t.span.end}, {QStringLiteral("speaker"), t.speaker}};
        if (t.beginMs) o.insert(QStringLiteral("begin_ms"), *t.beginMs);
        json.append(o);
        table.add({QString::number(number), t.beginMs ? mediatime::format(*t.beginMs, true) : QStringLiteral("—"),
                   t.speaker, ellipsize(turnText.simplified(), 60)});
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        table.print(io.out);
    return 0;
}

/** "turns set-time PROJECT SOURCE TURN TIME": TURN counts from 1 in text order; TIME "none" clears it. */
int setTurnTime(ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    const QList<Turn> turns = store.turns(source.id);
    bool ok = false;
    const int number = args[1].toInt(&ok);
    if (!ok || number < 1 || number > turns.size())
        throw Error(QStringLiteral("%1: no turn %2 (the source has %3 turns, numbered from 1; see thema-cli turns list)")
                        .arg(source.name, args[1]).arg(turns.size()));
    std::optional<qint64> ms;
    if (args[2] != QLatin1String("none")) {
        ms = mediatime::parse(args[2]);
        if (!ms)
            throw Error(QStringLiteral("%1: not a time (write 1:02:03.5, 02:03 or seconds, or none to clear it)").arg(args[2]));
    }
    store.setTurnBegin(turns[number - 1].id, ms);
    io.out << QStringLiteral("%1, turn %2: %3\n").arg(source.name).arg(number)
                  .arg(ms ? mediatime::format(*ms, true) : QStringLiteral("no time"));
    return 0;
}

}  // namespace

Command makeTurnsCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("list"), QStringLiteral("SOURCE"), 1, listTurns},
        {QStringLiteral("set-time"), QStringLiteral("SOURCE TURN TIME"), 3, setTurnTime},
    };
    return {QStringLiteral("turns"), QStringLiteral("List a source's speaker turns with their times, or set a turn's time."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(
                    p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("turns"), actions) +
                    QStringLiteral("\n\nTURN is the turn's number in the source (from 1, as turns list shows it). TIME is "
                                   "where the turn begins in the recording: 1:02:03.5, 02:03, 75.5 (seconds), or none."));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: list) and the project file."));
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("list"), p, io); }};
}

}  // namespace thema::cli
