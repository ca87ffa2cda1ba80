#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace thema::recent {
namespace {

const QString kKey = QStringLiteral("recentProjects");
constexpr int kMax = 10;

}  // namespace

QStringList projects()
{
    QStringList result;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            result.append(p);
    return result;
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, list);
}

}  // namespace thema::recent
