#pragma once

#include "model/error.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace thema::sql {

/**
 * The thema::Error a user reads for a failed statement on a team project's server: it names the server and
 * project and says what happened (refused by the member's role or by blind coding, busy, lost connection), with
 * the server's own words. Never the SQL statement.
 */
Error serverFailure(const QSqlDatabase& db, const QSqlError& error);

}  // namespace thema::sql
