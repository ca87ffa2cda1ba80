#include "refiimport.h"

#include "exchange/projectmerger.h"
#include "core/media/mediafiles.h"
#include "model/error.h"
#include "refipackage.h"
#include "refireader.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace thema::refi {
namespace {

/**
 * Recordings packed inside the exchange file (path="internal://…") are written into a folder beside the project,
 * "<exchange file's name> media/", and linked from there (relative to the project). A project without a folder of
 * its own (a team project) keeps no copy: the link is dropped and the report says so.
 */
void unpackRecordings(ProjectStore& target, const QString& exchangeFile, ExchangeReport& report)
{
    const QFileInfo project(target.path());
    std::optional<RefiPackage> package;
    for (SourceMedia media : target.allSourceMedia()) {
        if (!media.path.startsWith(QLatin1String("internal://"), Qt::CaseInsensitive))
            continue;
        if (!package)
            package.emplace(RefiPackage::open(exchangeFile));
        const QString name = QFileInfo(media.path.mid(11)).fileName();
        const auto bytes = package->file(media.path);
        const QString sourceName = target.source(media.source) ? target.source(media.source)->name : QString();
        if (!bytes || !project.isFile()) {
            target.removeSourceMedia(media.source);
            report.notImported.append(QStringLiteral("the recording %1 of \"%2\": %3")
                                          .arg(name, sourceName,
                                               bytes ? QStringLiteral("a team project keeps no media files; link a copy with thema-cli media link")
                                                     : QStringLiteral("it is not inside %1").arg(QFileInfo(exchangeFile).fileName())));
            continue;
        }
        const QString folder = QFileInfo(exchangeFile).completeBaseName() + QStringLiteral(" media");
        QDir dir(project.absolutePath());
        if (!dir.mkpath(folder))
            throw Error(QStringLiteral("%1: cannot create the folder for its recordings").arg(dir.filePath(folder)));
        QString file = dir.filePath(folder + QLatin1Char('/') + name);
        for (int n = 2; QFileInfo(file).exists() && QFileInfo(file).size() != bytes->size(); ++n)
            file = dir.filePath(QStringLiteral("%1/%2 (%3).%4").arg(folder, QFileInfo(name).completeBaseName()).arg(n).arg(QFileInfo(name).suffix()));
        QFile out(file);
        if (!QFileInfo(file).exists() && (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.flush()))
            throw Error(QStringLiteral("%1: cannot write the recording unpacked from %2 (%3)").arg(file, exchangeFile, out.errorString()));
        out.close();
        media.path = mediafiles::storedPath(target.path(), file);
        target.setSourceMedia(media);
        report.imported.append(QStringLiteral("the recording of \"%1\" unpacked to %2").arg(sourceName, media.path));
    }
}

}  // namespace

bool isExchangeFile(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("qdpx") || ext == QLatin1String("qdc") || ext == QLatin1String("qde");
}

std::unique_ptr<ProjectStore> readIntoNewProject(const QString& path, const QString& dir, const QString& language,
                                                 ExchangeReport& report)
{
    const RefiPackage package = RefiPackage::open(path);
    auto store = ProjectStore::create(QDir(dir).filePath(QStringLiteral("exchange.thema")), language);
    report = RefiReader(*store, package).read();
    return store;
}

ExchangeReport importInto(ProjectStore& target, const QString& path)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(QStringLiteral("%1: cannot create a temporary folder to read it (%2)").arg(path, dir.errorString()));
    ExchangeReport report;
    const bool empty = target.sources().isEmpty() && target.codes().isEmpty() && target.coders().isEmpty();
    {
        const auto read = readIntoNewProject(path, dir.path(), target.language(), report);
        target.transaction([&] {
            const ExchangeReport merged = ProjectMerger(target, *read).merge();
            const QString name = read->setting(QStringLiteral("name"));
            if (empty && !name.isEmpty() && target.setting(QStringLiteral("name")).isEmpty())
                target.setSetting(QStringLiteral("name"), name);
            if (!empty) {
                report.imported += merged.imported;
                report.matched += merged.matched;
                report.notes += merged.notes;
            }
            report.refused += merged.refused;
            unpackRecordings(target, path, report);
            keepReportAsMemo(target, report);
        });
    }
    return report;
}

}  // namespace thema::refi
