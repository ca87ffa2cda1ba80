#pragma once

#include "agreement/ratingstable.h"

namespace thema::agreement {

/**
 * Parses a ratings CSV: a header row of coder names, then one row per unit with one cell per coder; an empty
 * cell is a missing value. Commas separate cells (semicolons when the header has no comma but has semicolons);
 * cells may be double-quoted ("" escapes a quote). Blank lines are skipped.
 * Throws thema::Error naming @p fileName and the line for a missing header, duplicate coder names, fewer than
 * two coders, or a row with more cells than the header. @p order: the categories from lowest to highest (see
 * ratingsFromText).
 */
RatingsTable ratingsFromCsv(const QString& text, const QString& fileName, const QStringList& order = {});

}  // namespace thema::agreement
