#pragma once

#include "searchtypes.h"
#include "tokenizer.h"
#include "text/offsets.h"

namespace thema {

/** A tokenised turn (or paragraph) of a source, for turning token positions into spans and context. */
struct TokenizedTurn {
    Span span;                  ///< the turn in the source, code points
    QString text;               ///< the turn's text
    TextOffsets offsets;        ///< of text
    std::vector<Token> tokens;  ///< spans relative to the turn

    /** The span in the source of tokens [first, last] (0-based, inclusive). */
    Span sourceSpan(size_t first, size_t last) const
    {
        return {span.start + tokens[first].start, span.start + tokens[last].end};
    }
};

/**
 * Keyword in context for tokens [first, last] of @p turn: @c match is the exact text of their span;
 * @c left and @c right hold up to @p context words each side, within the turn, with runs of white space
 * (line breaks included) shown as one space.
 */
Kwic makeKwic(const TokenizedTurn& turn, size_t first, size_t last, int context);

}  // namespace thema
