#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Settles one disagreement into the consensus layer: the consensus coder (created, marked as consensus, when
 * missing) gets exactly @p spans for @p code inside @p extent of @p source; its earlier codings of that code
 * overlapping the extent are replaced. Undo puts the consensus layer back as it was (same coding ids).
 */
class AdjudicateDisagreement : public StoreCommand {
public:
    AdjudicateDisagreement(Session& session, const QString& consensusName, Id source, Id code, const Span& extent,
                           const QList<Span>& spans, const QString& description);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_consensus;
    Id m_source, m_code;
    Span m_extent;
    QList<Span> m_spans;
    QList<Coding> m_removed, m_added;
    bool m_done = false;
};

/** The consensus coder called @p name, created (consensus = true) when missing; throws if @p name is a coder who is not one. */
Id ensureConsensusCoder(ProjectStore& store, const QString& name);

}  // namespace thema
