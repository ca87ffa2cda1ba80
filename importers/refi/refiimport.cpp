#include "refiimport.h"

#include "exchange/projectmerger.h"
#include "model/error.h"
#include "refipackage.h"
#include "refireader.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace thema::refi {

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
            keepReportAsMemo(target, report);
        });
    }
    return report;
}

}  // namespace thema::refi
