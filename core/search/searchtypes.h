#pragma once

#include "model/entities.h"

#include <QList>
#include <QMap>
#include <QString>

namespace thema {

/** The order hits come back in. */
enum class SearchOrder {
    Rank,      ///< best-matching turns first (BM25), hits inside a turn in text order
    Document,  ///< sources by name, then by position in the text
};

/** Keeps hits inside (or outside) the codings of some codes by some coder. */
struct CodingScope {
    QList<Id> codes;     ///< with their subcodes; empty: any code
    Id coder = 0;        ///< 0: any coder
    bool inside = true;  ///< false: keep only hits that overlap none of these codings (--not-coded)
};

struct SearchOptions {
    int limit = 50;                      ///< hits to return (with KWIC); 0 = all
    int context = 8;                     ///< words of context on each side of a hit
    SearchOrder order = SearchOrder::Rank;
    std::optional<CodingScope> coding;   ///< filter hits by existing codings
    QString language;                    ///< stemmer for the query; empty: the project's language
    /**
     * Count every hit exactly even when that means reading every matching turn's positions (phrases, NEAR,
     * wildcards). Without it totals are still exact when the index's frequencies give them cheaply (a word;
     * words joined by AND, OR, NOT and field filters matching up to 20,000 turns), and otherwise an estimate
     * (SearchResult::counted is false).
     */
    bool countAll = true;
    bool exact = false;                  ///< match case and accents as typed, without stemming (default: café = Cafe)
};

/** A keyword-in-context line: @c match is exactly the source text of the hit's span. */
struct Kwic {
    QString left;
    QString match;
    QString right;
};

/** One matched word, or a whole matched phrase, as an exact span into the source text. */
struct SearchHit {
    Id source = 0;
    QString sourceName;
    Id turn = 0;             ///< 0 for a source without turns (indexed by paragraph)
    Span turnSpan;           ///< the turn (or paragraph) the hit lies in, code points
    Span span;               ///< the hit, code points into the source text
    QString speaker;
    Id participant = 0;
    QString participantName;
    QMap<QString, QString> attributes;  ///< the participant's
    Kwic kwic;
    double weight = 0;       ///< the turn's relevance (Rank order)
};

struct SearchResult {
    QString query;
    qint64 total = 0;        ///< hits in every matching turn: exact when @c counted, else an estimate
    qint64 turns = 0;        ///< matching turns: exact when @c counted, else an estimate
    bool counted = false;    ///< total and turns are exact; false: show them as estimates ("about")
    QList<SearchHit> hits;
};

/** What the index knows about itself against the project. */
struct IndexStatus {
    QString path;            ///< the index directory
    bool exists = false;
    bool current = false;    ///< every source indexed with its present content, nothing removed pending
    int sources = 0;         ///< sources in the project
    int staleSources = 0;    ///< new or changed since indexed
    int removedSources = 0;  ///< indexed but gone from the project
    qint64 documents = 0;    ///< Xapian documents (turns) in the index
    int schemaVersion = 0;
    bool damaged = false;    ///< the index cannot be read (corrupt files); update() rebuilds it
    QString problem;         ///< what is wrong with a damaged index, from Xapian
};

}  // namespace thema
