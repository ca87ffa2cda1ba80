#pragma once

#include <QString>

namespace thema {

/**
 * The SQLite database (a Thema project, or any other) that @p path names, or whose -wal, -shm or -journal file it
 * names, after following symbolic links (a dangling one too) and ".."; empty when it names none. Writers of other
 * files call this so that nothing, reached by any name, is ever written over a project or the files SQLite keeps
 * beside it. A hard link to a project is caught too, as its content is a database.
 */
QString databaseBehind(const QString& path);

/** @p path with every symbolic link followed and made absolute; for a file that does not exist, its folder resolved. */
QString resolvedPath(const QString& path);

}  // namespace thema
