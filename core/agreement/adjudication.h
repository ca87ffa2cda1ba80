#pragma once

#include "agreement/disagreements.h"
#include "agreement/projectagreement.h"

#include <map>

namespace thema::agreement {

/** What adjudicate() wrote. */
struct AdjudicationResult {
    Id consensusCoder = 0;
    int agreementsCopied = 0;   ///< spans all coders shared, copied as they were
    int disagreementsSettled = 0;
    int codingsWritten = 0;
};

/**
 * Writes a consensus layer: a coder named @p consensusName (created with consensus = true; an existing coder of
 * that name must be a consensus coder) receives every span the compared coders agreed on, and for each
 * disagreement the spans of its decision: @p overrides[i] for disagreement i of findDisagreements(), else the
 * batch rule @p rule. Existing codings of the consensus coder for the compared codes and sources are replaced.
 * One transaction: on any error nothing changes. @p compared lists what was compared (coders, codes, sources).
 */
AdjudicationResult adjudicate(ProjectStore& store, const ProjectAgreement& compared, const QString& consensusName, const Decision& rule,
                              const std::map<int, Decision>& overrides = {});

}  // namespace thema::agreement
