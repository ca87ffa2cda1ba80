#include "demostudy.h"
#include "project.h"

#include <QDir>

namespace thema::cli {

Command makeDemoCommand()
{
    return {QStringLiteral("demo"), QStringLiteral("Build the demo project DIR/demo.thema from the sample study."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to create the demo project in."));
                p.addOption({QStringLiteral("samples"), QStringLiteral("The samples folder (default: the one this build came from)."),
                             QStringLiteral("DIR"), DemoStudy::defaultSamplesDir()});
                p.addOption({QStringLiteral("force"), QStringLiteral("Replace an existing demo.thema.")});
            },
            [](const QCommandLineParser& p, Io& io) {
                const QString dirPath = positional(p, 0, QStringLiteral("DIR"));
                if (!QDir().mkpath(dirPath))
                    throw Error(QStringLiteral("%1: cannot create the folder").arg(dirPath));
                const QString path = QDir(dirPath).filePath(QStringLiteral("demo.thema"));
                if (p.isSet(QStringLiteral("force")))
                    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                        QFile::remove(path + suffix);
                DemoStudy::build(p.value(QStringLiteral("samples")), path);
                io.out << "Built " << path << '\n';
                return 0;
            }};
}

}  // namespace thema::cli
