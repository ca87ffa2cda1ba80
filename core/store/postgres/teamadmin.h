#pragma once

#include "store/postgres/teamlayer.h"
#include "store/projectstore.h"

#include <QList>

namespace thema::team {

/** A member of a team project: a PostgreSQL login with a role, coding as a coder of the project. */
struct Member {
    QString login;
    Role role = Role::Reader;
    QString coder;  ///< the coder whose codings the member writes (the login name when not set)
};

/** The members of the team project @p store, by login. Throws for a file project. */
QList<Member> members(const ProjectStore& store);

/**
 * Makes the existing PostgreSQL login @p login a member with @p role (changing the role of a member), coding as
 * @p coder (default: the login name). Owners only; the server refuses others. One transaction.
 */
void grant(ProjectStore& store, const QString& login, Role role, const QString& coder = {});

/** Takes @p login's membership and privileges away. Owners only. Refuses removing the last owner. */
void revoke(ProjectStore& store, const QString& login);

/** Blind mode on or off: while on, coders read no codings but their own (enforced by row-level security). */
void setBlind(ProjectStore& store, bool blind);
bool isBlind(const ProjectStore& store);

/**
 * Creates the team project @p location from the file project @p file (every table, ids and GUIDs kept), in one
 * transaction on the server; the login becomes its owner. Returns how many codings went up.
 */
qint64 push(const QString& file, const QString& location);

/**
 * Writes a complete offline copy of the team project @p location (what the login may read) to the new file
 * project @p file, from one consistent snapshot. Returns how many codings came down.
 */
qint64 pull(const QString& location, const QString& file);

}  // namespace thema::team
