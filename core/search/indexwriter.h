#pragma once

// Internal to core/search: writes one source's documents into a Xapian database.

#include "sourcesignature.h"
#include "tokenizer.h"

#include "xapian_p.h"

#include <unordered_map>
#include <unordered_set>

namespace thema {

/**
 * Turns a source into Xapian documents, one per turn (or per paragraph when it has no turns). Terms are fed
 * with add_posting from our own Tokenizer, so position n is the n-th token of the turn's text and a hit maps
 * back to an exact span. Each stemmed term is also recorded as a synonym of its words (Z<stem> → word), which
 * the hit finder uses to find the words a stemmed query term matched.
 */
class IndexWriter {
public:
    explicit IndexWriter(Xapian::WritableDatabase& db) : m_db(db) {}

    /** Replaces every document of @p source with fresh ones from @p text. Returns the number of words indexed. */
    qint64 write(const IndexedSource& source, const QString& text, const QHash<Id, Participant>& participants);

    /** Removes every document of the source with this GUID. */
    void remove(const QString& sourceGuid);

private:
    const Xapian::Stem* stemmerFor(const QString& language);
    const std::string& stem(const Xapian::Stem& stemmer, const QString& language, const std::string& term);
    void addSynonym(const std::string& stem, const std::string& word);

    Xapian::WritableDatabase& m_db;
    Tokenizer m_tokenizer;
    std::unordered_map<std::string, std::unique_ptr<Xapian::Stem>> m_stemmers;  ///< by language; null: none
    QHash<QString, std::unordered_map<std::string, std::string>> m_stems;  ///< language → word → "Z<stem>"
    std::unordered_set<std::string> m_synonyms;            ///< "Z<stem>\0<word>" already recorded
};

/** A Xapian stemmer for a BCP 47 language ("en", "fi-FI"), or nullptr when Xapian has none (ja, zh, …). */
std::unique_ptr<Xapian::Stem> makeStemmer(const QString& language);

}  // namespace thema
