#pragma once

#include <QString>

namespace thema::team {

struct TeamUrl;

/**
 * A password typed in for this session only: kept in this process's memory (for every connection to the same
 * server, database and login, the GUI's and its workers'), never written to settings or disk. Without one, libpq's
 * own sources apply (PGPASSWORD, ~/.pgpass, a service file). An empty @p password forgets it.
 */
void setSessionPassword(const TeamUrl& url, const QString& password);
/** The session password for @p url's server, database and login; empty when none was typed in. */
QString sessionPassword(const TeamUrl& url);

/**
 * The problem in libpq's message @p said, for a person: a refused password, a missing one, a server that cannot be
 * reached, a database that does not exist; each line of libpq's text kept, as sentences.
 */
QString connectionProblem(const QString& said);

/** True when @p message (a thema::Error from opening a team project) says the server wants a (another) password. */
bool needsPassword(const QString& message);

}  // namespace thema::team
