#pragma once

#include "model/entities.h"

#include <QList>
#include <QString>

namespace thema {

/**
 * Word and sentence boundaries by ICU's BreakIterator, and case folding, for search, agreement by word or
 * sentence units, and matching. All spans are half-open [start, end) in Unicode code points into @p text
 * (Thema's positions), in text order, never empty and never overlapping.
 *
 * @p language is a BCP 47 tag ("en", "fi", "ja", "pt-BR"); empty means ICU's root rules. Both functions are
 * thread-safe; break iterators are cached per thread and language, so calling them once per turn is cheap.
 */

/**
 * The words of @p text: ICU word segments that hold letters, digits, kana or ideographs, plus emoji (an emoji
 * sequence such as a ZWJ family, a flag or a skin-tone variant is one word). Spaces, line breaks and
 * punctuation are skipped. Contractions and decimals stay whole ("can't", "3.5"); hyphenated words split
 * ("well-being" → "well", "being"). Chinese, Japanese, Thai and similar scripts without spaces are segmented
 * with ICU's dictionaries ("東京に住んでいます" gives "東京", "に", … by ICU's Japanese dictionary).
 */
QList<Span> wordSpans(const QString& text, const QString& language);

/**
 * The sentences of @p text by ICU's sentence rules, with the language's abbreviation list where ICU has one
 * ("Mr. Smith" is not a break in English). A line break always ends a sentence, so each transcript line or
 * turn starts a new one. The spans leave out white space around sentences (including the newline), so they
 * do not tile the text; segments that are only white space are skipped.
 */
QList<Span> sentenceSpans(const QString& text, const QString& language);

/**
 * ICU's full, locale-independent case folding, for case-insensitive comparison: "Straße" → "strasse",
 * "ΣΊΣΥΦΟΣ" → "σίσυφοσ". The result may be longer than the input (ß → ss), so positions in it are not
 * positions in @p text: fold single words or whole strings, never to find offsets.
 */
QString foldCase(const QString& text);

}  // namespace thema
