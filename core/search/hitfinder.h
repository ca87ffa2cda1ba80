#pragma once

// Internal to core/search: which positions of a matching document a query matched.

#include "xapian_p.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace thema {

/** The most words a wildcard stands for (the query parser keeps the most frequent ones). */
constexpr Xapian::termcount kMaxWildcardWords = 1000;

/** Token positions [first, last] (1-based, inclusive) of one hit: a word, or a whole phrase. */
struct PositionRange {
    Xapian::termpos first = 0;
    Xapian::termpos last = 0;
};

/**
 * Walks a parsed query and reads the matched terms' positions from the index, so every matched word (or
 * phrase) of a document is found without re-reading its text. Stemmed terms (Z…) are expanded to the words
 * indexed under that stem through the synonym table the IndexWriter fills; wildcards through the term list.
 * Words under NOT and boolean filters are not hits.
 */
class HitFinder {
public:
    HitFinder(const Xapian::Database& db, Xapian::Query query) : m_db(db), m_query(std::move(query)) {}

    /** The hits in document @p did, sorted, without duplicates or hits inside a longer hit. */
    std::vector<PositionRange> ranges(Xapian::docid did);

    /** The indexed words a leaf stands for: itself, or the words of a stem (J… for hyphenated words joined). */
    const std::vector<std::string>& words(const Xapian::Query& leaf);

private:
    using Positions = std::vector<Xapian::termpos>;
    void collect(const Xapian::Query& q, Xapian::docid did, std::vector<PositionRange>& out);
    Positions positions(const Xapian::Query& q, Xapian::docid did);
    std::vector<std::string> wordsOf(const Xapian::Query& leaf, const std::string& key) const;
    Xapian::termpos window(const Xapian::Query& q, const char* op, Xapian::termpos fallback);

    const Xapian::Database& m_db;
    Xapian::Query m_query;
    std::map<std::string, std::vector<std::string>> m_words;  ///< leaf description → indexed words
    /** Subquery → its words or window, without describing it again per document (the copy keeps it alive). */
    std::unordered_map<const void*, std::pair<Xapian::Query, const std::vector<std::string>*>> m_leafWords;
    std::unordered_map<const void*, std::pair<Xapian::Query, Xapian::termpos>> m_windows;
};

}  // namespace thema
