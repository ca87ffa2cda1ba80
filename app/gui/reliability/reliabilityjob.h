#pragma once

#include "agreement/disagreements.h"
#include "agreement/projectagreement.h"

#include <atomic>
#include <functional>

namespace thema {

/** What an agreement run on a worker thread gives back. */
struct ReliabilityOutcome {
    agreement::ProjectAgreement agreement;
    agreement::LayerInput layers;                       ///< the compared spans (indices as agreement's lists)
    std::vector<agreement::Disagreement> disagreements; ///< by source, code, position
    QString error;
    bool cancelled = false;
};

/**
 * Measures agreement and lists the disagreements, with a ProjectStore of its own (so it can run under
 * QtConcurrent). core/agreement cannot stop midway; @p cancel is checked between the two steps and the
 * result of a cancelled run is thrown away; @p progress gets (steps done, 2) after each. The project is opened
 * read-only (never migrated or written) and both steps read one snapshot, so the measures and the disagreement
 * list describe the same state whatever is committed meanwhile. Used by the reliability panel and the charts.
 */
ReliabilityOutcome runReliability(const QString& projectPath, const agreement::AgreementRequest& request, const std::atomic_bool* cancel,
                                  const std::function<void(int, int)>& progress = {});

}  // namespace thema
