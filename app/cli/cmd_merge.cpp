// thema-cli merge, and the REFI-QDA branch of thema-cli import: both bring a whole project in.
#include "exchange/projectmerger.h"
#include "model/error.h"
#include "output.h"
#include "project.h"
#include "refi/refiimport.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace thema::cli {
namespace {

void printReport(Io& io, const ExchangeReport& r, bool json)
{
    if (!json) {
        io.out << r.toText();
        return;
    }
    printJson(io.out, QJsonObject{{QStringLiteral("title"), r.title},
                                  {QStringLiteral("imported"), QJsonArray::fromStringList(r.imported)},
                                  {QStringLiteral("matched"), QJsonArray::fromStringList(r.matched)},
                                  {QStringLiteral("notImported"), QJsonArray::fromStringList(r.notImported)},
                                  {QStringLiteral("refused"), QJsonArray::fromStringList(r.refused)},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
}

}  // namespace

bool isExchangeImport(const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    return args.size() == 2 && refi::isExchangeFile(args[1]);
}

int importExchangeFile(const QCommandLineParser& p, Io& io)
{
    for (const char* option : {"name", "participant", "attr", "speaker-pattern"})
        if (p.isSet(QString::fromLatin1(option)))
            throw UsageError(QStringLiteral("--%1 does not apply to a REFI-QDA project file").arg(QString::fromLatin1(option)));
    const QString projectPath = positional(p, 0, QStringLiteral("PROJECT (a .thema file)"));
    const QString file = p.positionalArguments().at(1);
    std::unique_ptr<ProjectStore> store;
    if (QFileInfo::exists(projectPath)) {
        store = ProjectStore::open(projectPath);
    } else {
        // Read first, so a file that cannot be read leaves no empty project behind.
        QTemporaryDir probe;
        ExchangeReport ignored;
        refi::readIntoNewProject(file, probe.path(), QStringLiteral("en"), ignored);
        const QString language = p.value(QStringLiteral("language"));
        store = ProjectStore::create(projectPath, language.isEmpty() ? QStringLiteral("en") : language);
        io.err << QStringLiteral("Created %1\n").arg(projectPath);
    }
    const ExchangeReport report = refi::importInto(*store, file);
    printReport(io, report, p.isSet(QStringLiteral("json")));
    return 0;
}

Command makeMergeCommand()
{
    return {
        QStringLiteral("merge"), QStringLiteral("Bring another analyst's project (.thema or REFI-QDA) into this one."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project to merge into."));
            p.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("A .thema project, or a .qdpx/.qdc/.qde file."));
            p.addOption(jsonOption());
        },
        [](const QCommandLineParser& p, Io& io) {
            auto store = openProject(p);
            const QString other = positional(p, 1, QStringLiteral("OTHER (a .thema, .qdpx or .qdc file)"));
            if (QFileInfo(other).canonicalFilePath() == QFileInfo(store->path()).canonicalFilePath())
                throw Error(QStringLiteral("%1: a project cannot be merged into itself").arg(other));
            ExchangeReport report;
            const auto mergeFrom = [&](const ProjectStore& from) {
                store->transaction([&] {
                    const ExchangeReport merged = ProjectMerger(*store, from).merge();
                    const ExchangeReport read = report;
                    report = merged;
                    report.title = QStringLiteral("Merge of %1").arg(QFileInfo(other).fileName());
                    report.notImported += read.notImported;
                    report.notes += read.notes;
                    keepReportAsMemo(*store, report);
                });
            };
            if (refi::isExchangeFile(other)) {
                QTemporaryDir dir;
                if (!dir.isValid())
                    throw Error(QStringLiteral("%1: cannot create a temporary folder to read it").arg(other));
                const auto read = refi::readIntoNewProject(other, dir.path(), store->language(), report);
                mergeFrom(*read);
            } else {
                const auto from = ProjectStore::open(other);
                mergeFrom(*from);
            }
            printReport(io, report, p.isSet(QStringLiteral("json")));
            return 0;
        }};
}

}  // namespace thema::cli
