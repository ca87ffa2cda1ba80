#pragma once

#include "searchtypes.h"

#include <atomic>
#include <functional>
#include <memory>

namespace thema {

class ProjectStore;

/**
 * The project's full-text index: a Xapian database in the directory "<project file>-index" beside the project.
 * It is derived data: one document per speaker turn (or paragraph when a source has no turns), with positional,
 * case-folded terms, stemmed terms for the source's language, and boolean terms for source, speaker, participant
 * and every participant attribute. It records the project's GUID, its schema version and a signature per source
 * (text checksum, turns, speakers, participants and their attributes), so it knows when it is stale and
 * update() re-indexes only the sources that changed.
 *
 * Query syntax (Xapian's QueryParser, case-insensitive): words (stemmed: listen finds listening), "phrases",
 * AND / OR / NOT, NEAR and NEAR/n, ADJ, word*, field prefixes speaker:, participant:, source: and every
 * attribute key (role:clinician; quote values with spaces: speaker:"Jason Snell"). Words without an operator
 * must all occur (AND). Runs of Chinese or Japanese characters are searched as phrases of characters.
 *
 * One SearchIndex per thread; it reads the project through the store it is given (which must belong to the
 * same thread). Xapian never shows through this interface.
 */
class SearchIndex {
public:
    /** Index for the project file at @p projectPath; nothing is opened until used. */
    explicit SearchIndex(const QString& projectPath);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    /** Schema of the index this program writes; an index of another version is rebuilt. */
    static constexpr int kSchemaVersion = 3;

    /** "<project>-index". */
    static QString indexPathFor(const QString& projectPath);

    QString path() const;

    /**
     * Compares the index with the project (no text is read). With @p verify, also checks every block of the
     * index's files (Xapian's database check; about a second per 100 MB), so a damaged index is reported as
     * damaged, never as up to date; without it only damage that shows when opening is found.
     */
    IndexStatus status(const ProjectStore& store, bool verify = false) const;

    /** Called with (sources done, sources to do) while indexing. */
    using Progress = std::function<void(int done, int total)>;

    /**
     * Brings the index up to date: creates it when missing, rebuilds it for another project GUID or schema or
     * when it is damaged,
     * re-indexes new and changed sources and drops removed ones. Work done before a cancel is kept (each
     * source's documents and signature are committed together). Throws Error when the index cannot be written.
     */
    IndexStatus update(const ProjectStore& store, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    /** Deletes the index and builds it again. */
    IndexStatus rebuild(const ProjectStore& store, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    /**
     * Runs @p query. The index must exist (call update() first; search does not update it, except that a
     * damaged index is rebuilt once and the query run again). Throws Error for a query Xapian cannot parse,
     * naming the query and the problem.
     */
    SearchResult search(const ProjectStore& store, const QString& query, const SearchOptions& options = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace thema
