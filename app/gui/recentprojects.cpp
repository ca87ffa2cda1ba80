#include "recentprojects.h"

#include "store/postgres/teamurl.h"

#include <QFileInfo>
#include <QSettings>

namespace thema::recent {
namespace {

const QString kKey = QStringLiteral("recentProjects");
constexpr int kMax = 10;

// A file by its absolute path; a team project by its address as given (it holds no password: TeamUrl refuses one).
QString key(const QString& path)
{
    return team::isTeamLocation(path) ? path : QFileInfo(path).absoluteFilePath();
}

}  // namespace

QStringList projects()
{
    QStringList result;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (team::isTeamLocation(p) || QFileInfo::exists(p))
            result.append(p);
    return result;
}

void add(const QString& path)
{
    const QString absolute = key(path);
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void remove(const QString& path)
{
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(key(path));
    QSettings().setValue(kKey, list);
}

}  // namespace thema::recent
