#pragma once

#include "exchange/exchangereport.h"

#include <memory>

namespace thema {

class ProjectStore;

/** Importing REFI-QDA exchange files (.qdpx, .qdc, .qde): a whole project, not one source. */
namespace refi {

/** True when @p path names an exchange file by its extension (.qdpx, .qdc or .qde). */
bool isExchangeFile(const QString& path);

/**
 * Reads @p path into a new project created in @p dir (which must exist), and returns it; @p report receives
 * what was brought in and what was not. Throws thema::Error naming the file for unreadable input.
 */
std::unique_ptr<ProjectStore> readIntoNewProject(const QString& path, const QString& dir, const QString& language,
                                                 ExchangeReport& report);

/**
 * Imports @p path into @p target as one transaction: reads it into a temporary project, merges that into
 * @p target (ProjectMerger: an empty target receives everything; a non-empty one gets matching by GUID,
 * path and text checksum), and keeps the report as a project memo. Returns the report.
 */
ExchangeReport importInto(ProjectStore& target, const QString& path);

}  // namespace refi
}  // namespace thema
