#pragma once

#include "model/entities.h"

namespace thema {

/**
 * The span, in code points, of the @p occurrence-th (1-based) exact occurrence of @p needle in @p text,
 * or nothing. Occurrences are counted without overlap.
 */
std::optional<Span> findOccurrence(const QString& text, const QString& needle, int occurrence = 1);

/** How many non-overlapping times @p needle occurs in @p text. */
int countOccurrences(const QString& text, const QString& needle);

}  // namespace thema
