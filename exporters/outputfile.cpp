#include "outputfile.h"

#include "model/error.h"
#include "store/projectfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace thema {

OutputFile::OutputFile(const QString& path) : m_path(path), m_target(resolvedPath(path))
{
    if (const QString project = databaseBehind(path); !project.isEmpty())
        throw Error(QStringLiteral("%1: refusing to write over %2, which is a Thema project (or one of the files SQLite "
                                   "keeps beside it); choose another file name for the export")
                        .arg(path, project));
    const QFileInfo target(m_target);
    if (target.isDir())
        throw Error(QStringLiteral("%1: is a folder; give a file name for the export").arg(path));
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part-XXXXXX"));
    if (!temp.open())
        throw Error(QStringLiteral("%1: cannot write in %2: %3").arg(path, target.absolutePath(), temp.errorString()));
    temp.setAutoRemove(false);
    m_temp = temp.fileName();
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        QFile::remove(m_temp);
}

void OutputFile::commit()
{
    // A replaced file keeps its permissions; a new one gets the usual rw-r--r-- (the temporary file is rw-------).
    const QFileInfo old(m_target);
    QFile::setPermissions(m_temp, old.exists() ? old.permissions()
                                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                     QFileDevice::ReadOther);
    // On disk before the rename, so that a crash cannot leave the new name on an empty file.
    if (const int fd = ::open(QFile::encodeName(m_temp).constData(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    // rename(2) replaces the target atomically: readers see the old file or the new one, never a part.
    if (std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_target).constData()) != 0)
        throw Error(QStringLiteral("%1: cannot replace the file (is it or its folder read-only?)").arg(m_path));
    m_committed = true;
}

void OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile out(path);
    QFile file(out.tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    out.commit();
}

}  // namespace thema
