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
