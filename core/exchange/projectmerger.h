#pragma once

#include "exchangereport.h"
#include "model/entities.h"

#include <QHash>

namespace thema {

class ProjectStore;

/**
 * Brings everything of one project into another, store to store, as one transaction (a failure changes
 * nothing): coders, the codebook, participants, sources, codings, themes and memos.
 *
 * Matching, so that two analysts who coded copies of the same project blind can be put side by side:
 * coders by GUID, then name; codes by GUID, then path; participants by GUID, then name; sources by GUID, then
 * the checksum of their text; themes by GUID, then path; codings and memos by GUID, and codings also by
 * (source, span, code, coder). What matches is kept as the target has it (names, colours, definitions are not
 * overwritten); what is new is added with its GUID. Codings on a source whose GUID matches but whose text
 * differs are refused, since their positions would point at other words.
 */
class ProjectMerger {
public:
    ProjectMerger(ProjectStore& into, const ProjectStore& from) : m_into(into), m_from(from) {}

    /** Merges and returns the report; throws thema::Error (and changes nothing) when the store refuses a change. */
    ExchangeReport merge();

private:
    void mergeCoders(ExchangeReport& report);
    void mergeCodes(ExchangeReport& report);
    void mergeParticipants(ExchangeReport& report);
    void mergeSources(ExchangeReport& report);
    void mergeCodings(ExchangeReport& report);
    void mergeThemes(ExchangeReport& report);
    void mergeMemos(ExchangeReport& report);

    ProjectStore& m_into;
    const ProjectStore& m_from;
    QHash<Id, Id> m_coders, m_codes, m_participants, m_sources, m_codings, m_themes;
    QHash<Id, QString> m_refusedSources;  ///< from-source id → its name, for sources whose text differs
};

}  // namespace thema
