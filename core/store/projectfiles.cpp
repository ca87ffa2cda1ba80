#include "projectfiles.h"

#include <QFile>
#include <QFileInfo>

namespace thema {
namespace {

bool isDatabase(const QString& path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

}  // namespace

QString resolvedPath(const QString& path)
{
    QFileInfo info(path);
    for (int hops = 0; hops < 40 && info.isSymLink(); ++hops)
        info = QFileInfo(info.symLinkTarget());  // absolute, even when the link dangles
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

QString databaseBehind(const QString& path)
{
    const QString target = resolvedPath(path);
    if (isDatabase(target))
        return target;
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")})
        if (target.endsWith(suffix) && isDatabase(target.chopped(suffix.size())))
            return target.chopped(suffix.size());
    return {};
}

}  // namespace thema
