#pragma once

// Internal to core/search: the state behind SearchIndex.

#include "searchindex.h"

#include "xapian_p.h"

#include <optional>

namespace thema {

struct SearchIndex::Impl {
    QString projectPath;
    QString indexPath;
    std::optional<Xapian::Database> reader;  ///< opened on first search, dropped after an update

    /** The reader, opened when needed; nullptr when there is no index. */
    Xapian::Database* open();
    /** Throws Xapian::DatabaseCorruptError for a damaged index (the caller rebuilds), Error otherwise. */
    SearchResult search(const ProjectStore& store, const QString& query, const SearchOptions& options);
    IndexStatus update(const ProjectStore& store, const Progress& progress, const std::atomic_bool* cancel);
};

}  // namespace thema
