#include "demostudy.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

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
                const bool force = p.isSet(QStringLiteral("force"));
                if (!force && QFileInfo(path).exists())
                    throw Error(QStringLiteral("%1: a file of that name exists already; use --force to replace it").arg(path));
                // Built under a name of its own and put in place only when complete: a failed build removes only
                // what it made, and an existing demo.thema stays as it was.
                const QString building = QDir(dirPath).filePath(
                    QStringLiteral(".demo-building-%1.thema").arg(QCoreApplication::applicationPid()));
                DemoStudy::build(p.value(QStringLiteral("samples")), building);
                if (force)  // the old project's WAL must not be replayed into the new file
                    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                        QFile::remove(path + suffix);
                if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0) {
                    QFile::remove(building);
                    throw Error(QStringLiteral("%1: cannot put the demo project in place").arg(path));
                }
                io.out << "Built " << path << '\n';
                return 0;
            }};
}

}  // namespace thema::cli
