#pragma once

#include "agreement/ratingstable.h"
#include "model/entities.h"

#include <map>

namespace thema::agreement {

/**
 * Which coders coded a unit, as a bit mask (bit c = coder c), with how many units showed each mask. Tables of
 * binary "coded / not coded" ratings for one code are kept in this form: at most 2^m rows whatever the text's length.
 */
using PatternCounts = std::map<quint64, double>;

/**
 * Character units, as NVivo counts them: every code point of [0, length) is a unit, coded by coder c when it lies
 * inside one of c's spans. @p spansByCoder[c] may overlap (a coder's overlapping codings of one code count once)
 * and are clipped to the text. Up to 64 coders.
 */
PatternCounts characterPatterns(qint64 length, const std::vector<std::vector<Span>>& spansByCoder);

/**
 * Predefined units (words, sentences, turns): a unit counts as coded by coder c when one of c's spans overlaps it
 * by at least one code point. @p units must be sorted and not overlap.
 */
PatternCounts unitPatterns(const std::vector<Span>& units, const std::vector<std::vector<Span>>& spansByCoder);
/** unitPatterns() for units already checked with unitsInOrder() (@p inOrder its answer), as a loop over codes asks. */
PatternCounts unitPatterns(const std::vector<Span>& units, const std::vector<std::vector<Span>>& spansByCoder, bool inOrder);
/** Whether the starts and the ends of @p units both rise (never fall), which lets unitPatterns() count index ranges. */
bool unitsInOrder(const std::vector<Span>& units);

/** Adds @p more into @p into. */
void addPatterns(PatternCounts& into, const PatternCounts& more);

/** The binary ratings table ("0" = not coded, "1" = coded) of @p patterns for @p coders. */
RatingsTable binaryTable(const PatternCounts& patterns, const QStringList& coders);

/** The nominal coincidence matrix (2×2) of @p patterns, for bootstrapping over sources. */
Matrix binaryCoincidences(const PatternCounts& patterns, int coders);

}  // namespace thema::agreement
