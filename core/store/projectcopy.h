#pragma once

#include <QString>

namespace thema {

class ProjectStore;

/**
 * The project's data version: a number that changes whenever another connection (another process, such as
 * thema-cli) commits a change to the project file; this connection's own writes do not change it (SQLite's
 * PRAGMA data_version). Poll it to notice changes made behind the GUI's back.
 */
qint64 dataVersion(const ProjectStore& store);

/**
 * Writes a consistent copy of the open project to @p target (SQLite's VACUUM INTO: a compact, complete single
 * file, safe while other processes write). Refuses an existing @p target and the project's own path, and leaves
 * nothing behind when it fails. Throws thema::Error naming the file.
 */
void backupProject(const ProjectStore& store, const QString& target);

}  // namespace thema
