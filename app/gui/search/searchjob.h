#pragma once

#include "core/search/searchtypes.h"

#include <QString>

#include <atomic>
#include <functional>

namespace thema {

/** What a search run on a worker thread gives back. */
struct SearchOutcome {
    SearchResult result;
    QString error;         ///< a message for the user; empty on success
    bool cancelled = false;
    int indexed = 0;       ///< sources (re)indexed before searching
};

/**
 * Brings the project's index up to date (unless @p checkIndex is false: the caller knows nothing indexed has changed
 * since its last search; a missing index is still built) and runs @p query, on the calling thread, with a ProjectStore and a
 * SearchIndex of its own (both are per-thread objects), so it can run under QtConcurrent while the GUI keeps its
 * store. The project is opened read-only (never migrated or written) and read as one snapshot, so the index update
 * and the hits see the same state whatever other windows or thema-cli commit meanwhile. @p progress gets (sources done, sources to do) while indexing; @p cancel stops between sources.
 */
SearchOutcome runSearch(const QString& projectPath, const QString& query, const SearchOptions& options,
                        const std::function<void(int, int)>& progress, const std::atomic_bool* cancel, bool checkIndex = true);

}  // namespace thema
