#include "shared.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace thema::test {

QString sharedDir()
{
    const QString env = qEnvironmentVariable("THEMA_SHARED_DIR");
    const QString dir = env.isEmpty() ? QStringLiteral(THEMA_SHARED_DIR) : env;
    const QFileInfo info(dir);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString sharedPath(const QString& relative)
{
    const QString dir = sharedDir();
    return dir.isEmpty() ? QString() : dir + QLatin1Char('/') + relative;
}

QString tempDir()
{
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    dirs.push_back(std::make_unique<QTemporaryDir>());
    return dirs.back()->path();
}

}  // namespace thema::test
