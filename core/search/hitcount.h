#pragma once

// Internal to core/search: a query's hits and turns, counted without showing them, or estimated.

#include "hitfinder.h"
#include "searchtypes.h"

#include "xapian_p.h"

#include <QString>

namespace thema {

/**
 * Counts every hit of @p query exactly without reading positions, when it is made of words (CountTerms):
 * a turn's hits are the sum of its words' within-document frequencies (one per position: the index counts a
 * stem once per position), or one for a turn matched without words. Turns with e-mail addresses, whose parts
 * share a position, are counted by their positions. A wildcard stands for the words it expands to. Returns false
 * when the query needs positions throughout (phrases, NEAR, a wildcard of more than kMaxWildcardWords words, or
 * several words one of which is a hyphenated word's joined form), or when more than @p maxTurns turns are estimated
 * to match a query of several words.
 */
bool countByFrequencies(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result,
                        Xapian::doccount estimatedTurns, Xapian::doccount maxTurns);

/**
 * Counts every hit of @p query by reading the positions of the turns it matches (of turns [first, last] when
 * @p last is not 0). Reading positions costs a block read each, so a phrase skips the turns where one of its words
 * occurs once (by the word's within-document frequency, from its posting list): a matching turn holds the phrase
 * exactly once there.
 */
void countByPositions(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result,
                      Xapian::docid first = 1, Xapian::docid last = 0);

/**
 * countByPositions on both cores: this thread counts the first half of the turns, another the second half with its
 * own handle on the index at @p indexPath (a Xapian database is used by one thread at a time). When the index
 * changed in between (another handle sees a newer revision), this thread counts both halves.
 */
void countByPositionsOnBothCores(const QString& indexPath, const Xapian::Database& db, const Xapian::Query& query,
                                 HitFinder& finder, SearchResult& result);

/** Whether @p q holds a phrase or NEAR anywhere. */
bool positional(const Xapian::Query& q);

/**
 * Estimates the hits and turns of a query with a phrase or NEAR (positional()) from exact counts in
 * kSlices runs of turns spread over the index, a tenth of them together, rounded to two significant figures: on 21
 * million words about a tenth of the time of counting everything. Sets @p result's total, turns and counted (false).
 */
void estimateBySlices(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result);

}  // namespace thema
