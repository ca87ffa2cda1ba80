#pragma once

#include "agreement/layeragreement.h"

namespace thema::agreement {

/**
 * One place where coders differ: a stretch of one source where the coders' segments of one code overlap or
 * touch one another (a connected cluster of their spans), and the coders did not code it identically. spans[k]
 * holds coder k's (merged) spans inside the cluster; empty when coder k did not code there at all.
 */
struct Disagreement {
    int code = 0;
    int source = 0;
    Span extent;                                ///< the union of every coder's spans in the cluster
    std::vector<std::vector<Span>> spans;       ///< per coder
};

/**
 * Every disagreement of @p input, by source, code and position. Clusters where all coders have exactly the same
 * spans are agreements and are not listed. A coder's own overlapping segments of a code are merged first.
 */
std::vector<Disagreement> findDisagreements(const LayerInput& input);

/** The agreements: spans every coder coded identically, by (source, code), for copying into a consensus layer. */
std::vector<std::pair<Disagreement, Span>> findAgreements(const LayerInput& input);

/** How to settle one disagreement. */
enum class Resolution { AcceptCoder, Union, Intersection, Edited, Drop };

struct Decision {
    Resolution kind = Resolution::Union;
    int coder = -1;           ///< AcceptCoder: whose spans
    std::vector<Span> spans;  ///< Edited: the spans to keep (clipped to the extent)
};

/** The consensus spans a decision gives for a disagreement (sorted, non-overlapping, never empty spans). */
std::vector<Span> settle(const Disagreement& d, const Decision& decision);

/** "union", "intersection", "drop", or "coder:NAME" (NAME among @p coders). Empty when not understood. */
std::optional<Decision> decisionFromRule(const QString& rule, const QStringList& coders);

}  // namespace thema::agreement
