#include "store/postgres/serverfailure.h"

#include "store/postgres/teamurl.h"

namespace thema::sql {

Error serverFailure(const QSqlDatabase& db, const QSqlError& error)
{
    QString where = team::locationOf(db);
    if (where.isEmpty())
        where = QStringLiteral("postgresql://%1/%2").arg(db.hostName(), db.databaseName());
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText().simplified();
    // The project's schema gone from this login's view mid-session: without USAGE (revoked) search_path skips it, so
    // its tables "do not exist"; the same when the project was removed.
    if ((state == QLatin1String("42501") && said.contains(QLatin1String("permission denied for schema")))
        || state == QLatin1String("42P01") || state == QLatin1String("3F000"))
        return Error(QStringLiteral("%1: you are no longer a member of this team project: its owner revoked your access, or removed "
                                    "the project (%2). Nothing was changed.").arg(where, said));
    if (state == QLatin1String("42501"))  // insufficient_privilege, also a row-level security refusal
        return Error(QStringLiteral("%1: the server refused this: your role in the project does not allow it (%2). "
                                    "Nothing was changed.").arg(where, said));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Error(QStringLiteral("%1: the project is busy (another member's change got in the way: %2). Nothing was "
                                    "changed; try again.").arg(where, said));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57")) || state.isEmpty())
        return Error(QStringLiteral("%1: the connection to the team server failed (%2). Nothing was changed.")
                         .arg(where, said.isEmpty() ? error.text().simplified() : said));
    if (state.startsWith(QLatin1String("23")))
        return Error(QStringLiteral("%1: the change conflicts with what is in the project (%2). Nothing was changed.")
                         .arg(where, said));
    return Error(QStringLiteral("%1: the server could not do this (%2). Nothing was changed.").arg(where, said));
}

}  // namespace thema::sql
