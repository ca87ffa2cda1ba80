#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace thema::team {

/**
 * Where a team project lives: postgresql://[user@]host[:port]/database?project=NAME, with libpq's own options
 * (host=/socket/folder, service, sslmode, connect_timeout) as further query items. A password in the URL is
 * refused: credentials come only from libpq's sources (PGPASSWORD, ~/.pgpass, a service file).
 */
struct TeamUrl {
    QString host;      ///< host name, or a folder holding the server's Unix socket; empty: libpq's default
    int port = -1;     ///< -1: libpq's default
    QString database;  ///< empty: libpq's default
    QString user;      ///< empty: libpq's default (PGUSER, the login name)
    QString project;   ///< the project's name on the server: [a-z][a-z0-9_]*
    QStringList options;  ///< further libpq key=value options

    /** Parses @p location; throws thema::Error naming it when it is not a team project's URL. */
    static TeamUrl parse(const QString& location);
    /** The server and database, for messages: postgresql://host:port/database (never a password). */
    QString server() const;
    /** The whole location, as the user typed it (without a password). */
    QString location() const;
    /** The PostgreSQL schema that holds the project: thema_NAME. */
    QString schema() const { return QStringLiteral("thema_") + project; }
};

/** True when @p location names a team project (postgresql:// or postgres://) rather than a file. */
bool isTeamLocation(const QString& location);

/**
 * A short name of @p location for titles and menus: the file's name, or "NAME (team project on HOST)" for a team
 * project (never a password).
 */
QString displayName(const QString& location);

/** Opens a QPSQL connection named @p connection to @p url's server; throws an Error naming the server. */
QSqlDatabase connect(const TeamUrl& url, const QString& connection);

/** The location a team connection was opened for (for messages); empty for other connections. */
QString locationOf(const QSqlDatabase& db);

/**
 * A folder of this client's own for the team project at @p location (created when missing), keyed by server, login
 * and project: $XDG_CACHE_HOME/thema/team/<hash>. The search index of a team project lives there.
 */
QString cacheFolder(const QString& location);

/** @p name as a quoted SQL identifier. */
QString quoted(const QString& name);

}  // namespace thema::team
