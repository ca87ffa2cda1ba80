#pragma once

#include "agreement/disagreements.h"
#include "agreement/projectagreement.h"

#include <map>

namespace thema::agreement {

/**
 * Disagreements settled by hand, remembered per consensus layer (in the project's settings, by source and code
 * GUID and extent in code points), so that settling "the rest" by a rule leaves them as decided — a hand "drop"
 * writes no coding, so the consensus layer alone cannot tell it from an undecided passage.
 */
void recordHandDecision(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent);
/** What settleByHand() changed in the consensus layer, so an undo can put it back. */
struct HandSettlement {
    Id consensusCoder = 0;
    QList<Coding> removed;  ///< consensus codings of the code that overlapped the extent
    QList<Coding> added;    ///< the spans kept, as consensus codings
};

/**
 * Settles one disagreement by hand (keep some spans, or drop all): the consensus coder @p consensusName (created as a
 * consensus layer when missing; refused when a plain coder has that name) loses its codings of @p code in @p source
 * that overlap @p extent and gets exactly @p spans (none: the passage is dropped); the decision is recorded, so a
 * later settling by rule leaves it. One transaction. Used by thema-cli settle and the GUI's reliability panel.
 */
HandSettlement settleByHand(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent,
                            const QList<Span>& spans);
/** Forgets what recordHandDecision() stored (its undo). */
void forgetHandDecision(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent);

/**
 * For each disagreement of @p list (findDisagreements() over @p compared) that overlaps a hand decision, the
 * decision that keeps what the consensus layer holds inside its extent now: pass it as adjudicate()'s overrides,
 * so only the undecided disagreements are settled by the rule.
 */
std::map<int, Decision> handDecisions(const ProjectStore& store, const ProjectAgreement& compared, const QString& consensusName,
                                      const std::vector<Disagreement>& list);

/** The disagreements at character level of @p compared, as adjudicate() numbers them. */
std::vector<Disagreement> characterDisagreements(const ProjectStore& store, const ProjectAgreement& compared);

}  // namespace thema::agreement
