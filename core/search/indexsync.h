#pragma once

#include <QString>

#include <atomic>

namespace thema {

/** What bringing a project's search index up to date did. */
struct IndexSync {
    int sources = 0;   ///< sources in the project
    int indexed = 0;   ///< sources (re)indexed: new or changed since the index last saw them (all when it was built)
    int removed = 0;   ///< sources dropped from the index
    bool built = false;  ///< the index was missing (or of another project or schema) and was built whole
};

/**
 * Brings the search index of @p projectPath up to date on the calling thread, with a read-only store and a
 * SearchIndex of its own (so it can run on a worker while the GUI keeps its store), from one snapshot. Sources are
 * immutable after import, so on a team project, where other members' imports arrive through the server's change
 * log, only the sources the index has not seen are read and indexed; the others are compared by signature only.
 * Throws thema::Error when the project cannot be read or the index cannot be written.
 */
IndexSync syncIndex(const QString& projectPath, const std::atomic_bool* cancel = nullptr);

}  // namespace thema
