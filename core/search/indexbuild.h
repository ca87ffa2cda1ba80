#pragma once

// Internal to core/search: writes many sources into the index at once, on both cores.

#include "searchindex.h"
#include "sourcesignature.h"

#include "xapian_p.h"

#include <atomic>
#include <functional>

namespace thema {

/**
 * Writes @p sources into @p db, each replacing the documents and the signature it had there, in their order. Texts
 * are read with @p readText on the calling thread (a store stays on its thread); two workers tokenise and write.
 *
 * Xapian has one writer per database, so with @p sidePath given the later sources (about half the characters) go
 * into a new database there, written at the same time as @p db; the caller merges the two into the index. Documents
 * those sources had in @p db are removed from it first.
 *
 * Stops between sources when @p cancel is set: every source written is whole; one not reached keeps its old
 * documents and signature in @p db (or, when meant for the side database, none). Returns how many sources were
 * written. Both databases are committed (at once), and the side database closed.
 */
int writeSources(Xapian::WritableDatabase& db, const QString& sidePath, const QList<const IndexedSource*>& sources,
                 const std::function<QString(Id source)>& readText, const QHash<Id, Participant>& participants,
                 const SearchIndex::Progress& progress, const std::atomic_bool* cancel);

}  // namespace thema
