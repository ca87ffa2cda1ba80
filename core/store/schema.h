#pragma once

#include <QSqlDatabase>

namespace thema::schema {

/** Brings the database from @p fromVersion to the newest version, one migration function per step. */
void migrate(const QSqlDatabase& db, int fromVersion);

}  // namespace thema::schema
