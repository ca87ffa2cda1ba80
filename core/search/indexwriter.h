#pragma once

// Internal to core/search: turns one source into Xapian documents, and puts them into a database.

#include "sourcesignature.h"
#include "tokenizer.h"

#include "xapian_p.h"

#include <unordered_map>
#include <unordered_set>

namespace thema {

/** A source's documents, made ready off the database's thread. */
struct PreparedSource {
    QString guid;
    std::vector<Xapian::Document> documents;
    std::vector<std::pair<std::string, std::string>> synonyms;  ///< (Z<stem>, word) not recorded before
    qint64 words = 0;
};

/**
 * Turns a source into Xapian documents, one per turn (or per paragraph when it has no turns). Terms are fed
 * with add_posting from our own Tokenizer, so position n is the n-th token of the turn's text and a hit maps
 * back to an exact span. Each stemmed term is also recorded as a synonym of its words (Z<stem> → word), which
 * the hit finder uses to find the words a stemmed query term matched.
 */
class IndexWriter {
public:
    /**
     * The documents of @p source, without touching a database: tokenising and stemming, the costly part, run on
     * any thread, one prepare() at a time per writer.
     */
    PreparedSource prepare(const IndexedSource& source, const QString& text, const QHash<Id, Participant>& participants);

    /** Replaces the source's documents in @p db with @p prepared. */
    static void commit(Xapian::WritableDatabase& db, PreparedSource&& prepared);

    /** Removes every document of the source with this GUID from @p db. */
    static void remove(Xapian::WritableDatabase& db, const QString& sourceGuid);

private:
    const Xapian::Stem* stemmerFor(const QString& language);
    const std::string& stem(const Xapian::Stem& stemmer, const QString& language, const std::string& term);
    void addSynonym(const std::string& stem, const std::string& word);

    Tokenizer m_tokenizer;
    std::unordered_map<std::string, std::unique_ptr<Xapian::Stem>> m_stemmers;  ///< by language; null: none
    QHash<QString, std::unordered_map<std::string, std::string>> m_stems;  ///< language → word → "Z<stem>"
    std::unordered_set<std::string> m_synonyms;            ///< "Z<stem>\0<word>" already recorded
    PreparedSource* m_pending = nullptr;                   ///< the source prepare() is filling
};

/** A Xapian stemmer for a BCP 47 language ("en", "fi-FI"), or nullptr when Xapian has none (ja, zh, …). */
std::unique_ptr<Xapian::Stem> makeStemmer(const QString& language);

}  // namespace thema
