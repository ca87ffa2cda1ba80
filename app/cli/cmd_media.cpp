// "media": the recording linked to a source, and aligning an untimed transcript to subtitles.
#include "actions.h"
#include "core/media/mediafiles.h"
#include "core/media/sourcealign.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "subtitlecues.h"

#include <QDir>
#include <QFileInfo>

namespace thema::cli {
namespace {

int linkMedia(ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    const SourceMedia media = mediafiles::link(store, source.id, args[1]);
    io.out << source.name << ": " << media.kind << " recording " << media.path << '\n';
    return 0;
}

int unlinkMedia(ProjectStore& store, const QStringList& args, const QCommandLineParser&, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    if (!store.sourceMedia(source.id))
        throw Error(QStringLiteral("%1 has no recording linked").arg(source.name));
    store.removeSourceMedia(source.id);
    io.out << source.name << ": recording unlinked\n";
    return 0;
}

int showMedia(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    QList<Source> sources;
    if (args.isEmpty())
        sources = store.sources();
    else
        sources.append(resolve::source(store, args[0]));
    QJsonArray json;
    QStringList missing;
    Table table({QStringLiteral("SOURCE"), QStringLiteral("KIND"), QStringLiteral("FILE"), QStringLiteral("FOUND"),
                 QStringLiteral("TIMED TURNS")});
    for (const Source& s : sources) {
        const auto media = store.sourceMedia(s.id);
        if (!media && args.isEmpty())
            continue;
        const QList<Turn> turns = store.turns(s.id);
        const qsizetype timed = std::count_if(turns.begin(), turns.end(), [](const Turn& t) { return t.beginMs.has_value(); });
        const QString absolute = media ? mediafiles::resolve(store.path(), media->path) : QString();
        const bool found = media && QFileInfo(absolute).isFile();
        if (media && !found)
            missing.append(QStringLiteral("%1: the recording %2 is missing; put it back, or link another with: thema-cli media link "
                                          "PROJECT \"%1\" FILE").arg(s.name, QDir::toNativeSeparators(absolute)));
        json.append(QJsonObject{{QStringLiteral("source"), s.name},
                                {QStringLiteral("kind"), media ? media->kind : QString()},
                                {QStringLiteral("path"), media ? media->path : QString()},
                                {QStringLiteral("absolute_path"), absolute},
                                {QStringLiteral("found"), found},
                                {QStringLiteral("guid"), media ? media->guid : QString()},
                                {QStringLiteral("turns"), turns.size()},
                                {QStringLiteral("timed_turns"), timed}});
        table.add({s.name, media ? media->kind : QStringLiteral("—"), media ? media->path : QStringLiteral("(none)"),
                   media ? (found ? QStringLiteral("yes") : QStringLiteral("MISSING")) : QString(),
                   QStringLiteral("%1 of %2").arg(timed).arg(turns.size())});
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        table.print(io.out);
    if (!p.isSet(QStringLiteral("json")))
        for (const QString& line : std::as_const(missing))
            io.out << line << '\n';
    return 0;
}

int alignMedia(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    const Source source = resolve::source(store, args[0]);
    const AlignReport report = alignSource(store, source.id, readSubtitleCues(args[1]));
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("source"), source.name}, {QStringLiteral("turns"), report.turns},
                                      {QStringLiteral("timed"), report.timed}});
    else
        io.out << QStringLiteral("%1: %2 of %3 turns got times from %4\n")
                      .arg(source.name).arg(report.timed).arg(report.turns).arg(QFileInfo(args[1]).fileName());
    return 0;
}

}  // namespace

Command makeMediaCommand()
{
    static const QList<Action> actions = {
        {QStringLiteral("show"), QStringLiteral("[SOURCE]"), 0, showMedia},
        {QStringLiteral("link"), QStringLiteral("SOURCE FILE"), 2, linkMedia},
        {QStringLiteral("unlink"), QStringLiteral("SOURCE"), 1, unlinkMedia},
        {QStringLiteral("align"), QStringLiteral("SOURCE SUBTITLES"), 2, alignMedia},
    };
    return {QStringLiteral("media"),
            QStringLiteral("Link an audio or video recording to a source, or time a transcript's turns from subtitles."),
            [](QCommandLineParser& p) {
                p.setApplicationDescription(
                    p.applicationDescription() + QStringLiteral("\n\n") + actionHelp(QStringLiteral("media"), actions) +
                    QStringLiteral("\n\nA recording beside a transcript with the same name (p11.docx, p11.mp3) is linked on "
                                   "import. Paths below the project's folder are stored relative to it. align gives the "
                                   "turns of an untimed transcript the times of the matching text in a WebVTT or SubRip "
                                   "file of the same interview."));
                p.addPositionalArgument(QStringLiteral("[ACTION] PROJECT"), QStringLiteral("An action (see above; default: show) and the project file."));
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) { return runAction(actions, QStringLiteral("show"), p, io); }};
}

}  // namespace thema::cli
