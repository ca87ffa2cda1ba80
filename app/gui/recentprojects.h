#pragma once

#include <QStringList>

namespace thema::recent {

/** Recently opened project files, newest first, kept in QSettings ("recentProjects"); missing files are dropped. */
QStringList projects();
void add(const QString& path);
void remove(const QString& path);

}  // namespace thema::recent
