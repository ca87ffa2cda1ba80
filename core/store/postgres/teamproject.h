#pragma once

#include "store/projectstore.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace thema::team {

/**
 * Opens the team project at @p location (see TeamUrl). Throws thema::Error naming the server when it cannot be
 * reached, refuses the login, holds no such project, or the login is no member of it; a project of a newer schema
 * is refused, an older one is migrated when the member is an owner and refused otherwise.
 */
std::unique_ptr<ProjectStore> openTeamProject(const QString& location);

/**
 * Creates the team project at @p location (the login becomes its owner) and runs @p fill inside the same
 * transaction (on the new project's connection, after its schema is built), so the project appears whole or not
 * at all. Throws when the project exists already.
 */
std::unique_ptr<ProjectStore> createTeamProject(const QString& location, const std::function<void(const QSqlDatabase&)>& fill);

/** True when @p store is a team project (on a server). */
bool isTeamProject(const ProjectStore& store);

/** The project's change counter: it grows with every change another connection commits (for polling). */
qint64 changeCount(const ProjectStore& store);

/**
 * Who made the latest @p changes changes that changeCount counts (other connections' change-log rows, newest
 * first): each member once, by the name they code as (their coder name, else their login), newest first. Rows the
 * member may not read (another coder's codings in blind mode) are not counted and name nobody.
 */
QStringList recentChangers(const ProjectStore& store, qint64 changes);

}  // namespace thema::team
