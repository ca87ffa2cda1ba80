#pragma once

#include "searchtypes.h"

namespace thema {

class ProjectStore;

/** What a coding made from a search hit covers. */
enum class HitUnit {
    Hit,       ///< the hit's own span (a whole phrase for a phrase query)
    Sentence,  ///< the sentence (ICU sentence rules, within the turn) holding the hit, without surrounding space
    Turn,      ///< the whole turn (or paragraph)
};

/** Parses "hit", "sentence", "turn". */
std::optional<HitUnit> hitUnitFromName(const QString& name);

struct ApplyResult {
    int codings = 0;   ///< codings made
    int existing = 0;  ///< hits whose unit was already coded with this code by this coder (or twice in the hits)
};

/**
 * Codes every hit with @p code by @p coder, as one transaction. A unit that already has an identical coding
 * (same source, span, code and coder) is skipped, so applying the same search twice makes no coding twice.
 * Throws Error (and changes nothing) for a missing code or coder.
 */
ApplyResult applyHits(ProjectStore& store, const QList<SearchHit>& hits, Id code, Id coder, HitUnit unit);

}  // namespace thema
