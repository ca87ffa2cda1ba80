#pragma once

#include <QSqlDatabase>
#include <QString>

namespace thema::team {

/** A member's role in a team project. */
enum class Role { Owner, Coder, Reader };

/** "owner", "coder", "reader". */
QString roleName(Role role);
/** Parses a role name; throws thema::Error for another word. */
Role parseRole(const QString& name);

/**
 * Puts the team layer over a project schema (the current search_path) that the store's migrations built: the
 * member table, the change log with its NOTIFY trigger, the id-filling triggers, row-level security on every table
 * and each member's privileges. Idempotent; run after every migration, inside the caller's transaction.
 *
 * The server enforces the roles: owners change everything; coders read everything (but, while the project is blind,
 * only their own codings) and write only codings and memos of their own coder (member.coder, by default their login
 * name) and that coder's row; readers write nothing.
 */
void applyTeamLayer(const QSqlDatabase& db, const QString& schema);

/** Grants @p login the table privileges of @p role in @p schema (revoking what the role does not have). */
void grantPrivileges(const QSqlDatabase& db, const QString& schema, const QString& login, Role role);

/** Takes every privilege in @p schema from @p login. */
void revokePrivileges(const QSqlDatabase& db, const QString& schema, const QString& login);

/** Runs a statement as written (no dialect translation); throws the server's failure. */
void exec(const QSqlDatabase& db, const QString& statement);

}  // namespace thema::team
