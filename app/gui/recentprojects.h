#pragma once

#include <QStringList>

namespace thema::recent {

/**
 * Recently opened projects, newest first, kept in QSettings ("recentProjects"): files (missing ones are dropped)
 * and team projects' addresses (postgresql://…, without a password).
 */
QStringList projects();
void add(const QString& path);
void remove(const QString& path);

}  // namespace thema::recent
