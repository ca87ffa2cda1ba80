#include "importerregistry.h"
#include "importservice.h"
#include "model/error.h"
#include "output.h"
#include "project.h"
#include "speakerattributes.h"

#include <QFileInfo>

namespace thema::cli {

/** A REFI-QDA file (.qdpx/.qdc/.qde) is a whole project, imported apart; defined in cmd_merge.cpp. */
int importExchangeFile(const QCommandLineParser& p, Io& io);
bool isExchangeImport(const QCommandLineParser& p);

Command makeImportCommand()
{
    return {
        QStringLiteral("import"), QStringLiteral("Import transcripts (text, Markdown, …) into a project."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
            p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE…"));
            p.addOption({QStringLiteral("name"), QStringLiteral("Source name (one file only; default: the file's name)."), QStringLiteral("NAME")});
            p.addOption({QStringLiteral("language"), QStringLiteral("Source language (default: the project's)."), QStringLiteral("CODE")});
            p.addOption({QStringLiteral("participant"), QStringLiteral("The participant (case) the source belongs to."), QStringLiteral("ID")});
            p.addOption({QStringLiteral("attr"), QStringLiteral("An attribute of that participant, key=value (repeatable)."), QStringLiteral("KEY=VALUE")});
            p.addOption({QStringLiteral("speaker-pattern"),
                         QStringLiteral("A regular expression for speaker labels at line starts, with a group (?<speaker>…)."),
                         QStringLiteral("REGEX")});
            p.addOption({QStringLiteral("survey"),
                         QStringLiteral("A table of survey answers (CSV, TSV, XLSX, ODS) becomes one source per question "
                                        "(per-question, the default) or per respondent (per-respondent); other columns "
                                        "become the respondents' attributes."),
                         QStringLiteral("LAYOUT")});
            p.addOption({QStringLiteral("keep-going"), QStringLiteral("Import each file on its own and report failures, instead of all or nothing.")});
            p.addOption(jsonOption());
        },
        [](const QCommandLineParser& p, Io& io) {
            if (isExchangeImport(p))
                return importExchangeFile(p, io);
            auto store = openProject(p);
            const QStringList files = p.positionalArguments().mid(1);
            if (files.isEmpty())
                throw UsageError(QStringLiteral("missing FILE to import"));
            ImportOptions options;
            options.name = p.value(QStringLiteral("name"));
            options.language = p.value(QStringLiteral("language"));
            options.speakerPattern = p.value(QStringLiteral("speaker-pattern"));
            options.surveyLayout = p.value(QStringLiteral("survey"));
            if (!options.surveyLayout.isEmpty() && options.surveyLayout != QLatin1String("per-question") &&
                options.surveyLayout != QLatin1String("per-respondent"))
                throw UsageError(QStringLiteral("--survey takes per-question or per-respondent"));
            if (!options.name.isEmpty() && files.size() > 1)
                throw UsageError(QStringLiteral("--name applies to one file; give it once per import"));
            ParticipantOptions who;
            who.participant = p.value(QStringLiteral("participant"));
            for (const QString& a : p.values(QStringLiteral("attr"))) {
                const auto [key, value] = keyValue(a, QStringLiteral("--attr"));
                who.attributes.insert(key, value);
            }
            const bool keepGoing = p.isSet(QStringLiteral("keep-going"));
            ImportService service(*store);
            QList<ImportResult> results;
            QStringList failures;
            auto importOne = [&](const QString& file) {
                const QList<SourceDraft> drafts = ImporterRegistry::instance().readSources(file, options);
                QList<ImportResult> written;  // a survey table's sources go in together or not at all
                store->transaction([&] {
                    for (const SourceDraft& draft : drafts) {
                        written.append(service.write(draft, who));
                        writeSpeakerAttributes(*store, written.last().source, draft);
                    }
                });
                results.append(written);
            };
            int index = 0;
            if (keepGoing) {
                for (const QString& file : files) {
                    io.err << QStringLiteral("[%1/%2] %3\n").arg(++index).arg(files.size()).arg(file);
                    io.err.flush();
                    try {
                        importOne(file);
                    } catch (const Error& e) {
                        failures.append(e.message());
                    }
                }
            } else {
                store->transaction([&] {
                    for (const QString& file : files) {
                        if (files.size() > 1) {
                            io.err << QStringLiteral("[%1/%2] %3\n").arg(++index).arg(files.size()).arg(file);
                            io.err.flush();
                        }
                        importOne(file);
                    }
                });
            }
            if (p.isSet(QStringLiteral("json"))) {
                QJsonArray imported;
                for (const ImportResult& r : results)
                    imported.append(QJsonObject{{QStringLiteral("id"), r.source}, {QStringLiteral("name"), r.name},
                                                {QStringLiteral("characters"), r.characters}, {QStringLiteral("turns"), r.turns},
                                                {QStringLiteral("speakers"), QJsonArray::fromStringList(r.speakers)},
                                                {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                                                {QStringLiteral("interviewers"), QJsonArray::fromStringList(r.interviewers)},
                                                {QStringLiteral("interviewer_reason"), r.interviewerReason},
                                                {QStringLiteral("participant"), r.participant},
                                                {QStringLiteral("media"), r.media}});
                printJson(io.out, QJsonObject{{QStringLiteral("imported"), imported},
                                              {QStringLiteral("failed"), QJsonArray::fromStringList(failures)}});
            } else {
                for (const ImportResult& r : results) {
                    io.out << QStringLiteral("Imported \"%1\": %2 characters, %3 turns").arg(r.name).arg(r.characters).arg(r.turns);
                    if (!r.speakers.isEmpty())
                        io.out << ", speakers: " << r.speakers.join(QStringLiteral(", "));
                    io.out << '\n';
                    if (!r.interviewers.isEmpty())
                        io.out << "  interviewer: " << r.interviewers.join(QStringLiteral(", ")) << " (" << r.interviewerReason
                               << "); change with: thema-cli participants interviewer PROJECT NAME [--off]\n";
                    else if (!r.interviewerReason.isEmpty())
                        io.out << "  interviewer: " << r.interviewerReason << '\n';
                    if (!r.participant.isEmpty())
                        io.out << "  participant: " << r.participant << '\n';
                    if (!r.media.isEmpty())
                        io.out << "  recording: " << r.media << " (found beside the file)\n";
                    if (!r.subtitles.isEmpty())
                        io.out << "  times: " << r.timedTurns << " of " << r.turns << " turns from " << r.subtitles << '\n';
                    for (const QString& w : r.warnings)
                        io.out << "  warning: " << w << '\n';
                }
                for (const QString& f : failures)
                    io.err << "failed: " << f << '\n';
            }
            return failures.isEmpty() ? 0 : 1;
        }};
}

}  // namespace thema::cli
