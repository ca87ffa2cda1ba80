#include "store/projectcopy.h"

#include "model/error.h"
#include "store/postgres/teamadmin.h"
#include "store/postgres/teamproject.h"
#include "store/projectstore.h"
#include "store/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace thema {

qint64 dataVersion(const ProjectStore& store)
{
    if (team::isTeamProject(store))  // a team project: the server's change log, grown by every member's commits
        return team::changeCount(store);
    return sql::scalar(store.database(), QStringLiteral("PRAGMA data_version")).toLongLong();
}

void backupProject(const ProjectStore& store, const QString& target)
{
    if (team::isTeamProject(store)) {  // a team project: its offline copy, from one snapshot on the server
        team::pull(store.path(), target);
        return;
    }
    const QFileInfo out(target);
    if (out.exists()) {
        if (out.canonicalFilePath() == QFileInfo(store.path()).canonicalFilePath())
            throw Error(QStringLiteral("%1: this is the project itself; choose another file for the copy").arg(target));
        throw Error(QStringLiteral("%1 exists already; choose a new file name for the copy").arg(target));
    }
    if (!QFileInfo(out.absolutePath()).isDir())
        throw Error(QStringLiteral("%1: the folder does not exist").arg(out.absolutePath()));
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(out.absoluteFilePath());
    if (!q.exec()) {
        QFile::remove(out.absoluteFilePath());
        throw Error(QStringLiteral("%1: cannot write the copy: %2").arg(target, q.lastError().text()));
    }
}

}  // namespace thema
