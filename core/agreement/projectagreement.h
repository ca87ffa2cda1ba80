#pragma once

#include "agreement/layeragreement.h"
#include "model/entities.h"

namespace thema {
class ProjectStore;
}

namespace thema::agreement {

/** What to compare in a project. Empty codes/sources mean the defaults described at projectAgreement(). */
struct AgreementRequest {
    QList<Id> coders;   ///< two or more
    QList<Id> codes;
    QList<Id> sources;
    LayerOptions options;
};

/** The result with the entities it is about, in the order of the result's indices. */
struct ProjectAgreement {
    LayerResult result;
    QList<Coder> coders;
    QList<Code> codes;
    QList<Source> sources;
    int projectSources = 0;   ///< sources in the project, for "5 of 19 transcripts"
    QString unitDefinition;   ///< what a unit is and when it is coded
};

/**
 * Reads the codings of the chosen coders from @p store and measures their agreement.
 * Defaults: sources = those every chosen coder coded at least once (a source one coder never opened says nothing
 * about agreement; name it in @p request.sources to count it, when "not coded" is meant); codes = every code one
 * of the coders used in those sources. A coding counts for its own code only (not for the parent's).
 * Throws thema::Error for fewer than two coders or unknown ids.
 */
ProjectAgreement projectAgreement(const ProjectStore& store, const AgreementRequest& request);

/** Builds the plain input of layerAgreement() from the store (exposed for tests and the benchmark). */
LayerInput loadLayers(const ProjectStore& store, const QList<Coder>& coders, const QList<Code>& codes, const QList<Source>& sources,
                      UnitKind unit);

/** One sentence for a methods section, e.g. "Two coders independently coded 5 of 19 transcripts …". */
QString methodsSentence(const ProjectAgreement& agreement);

}  // namespace thema::agreement
