#pragma once

#include "commands/storecommand.h"

#include "agreement/adjudication.h"

namespace thema {

/**
 * Writes the whole consensus layer with core/agreement's adjudicate(): agreed spans copied, every disagreement
 * not yet settled by hand settled by @p rule (hand decisions, core/agreement's handDecisions(), stay as they
 * are). Undo restores the consensus coder's codings of the compared codes and sources as they were.
 */
class AdjudicateAll : public StoreCommand {
public:
    AdjudicateAll(Session& session, const agreement::ProjectAgreement& compared, const QString& consensusName, const agreement::Decision& rule,
                  const QString& ruleName);
    const agreement::AdjudicationResult& result() const { return m_result; }
    /** Disagreements the rule settled (those decided by hand are not counted). */
    int settledByRule() const { return m_byRule; }

    /** How many disagreements of @p compared the rule would settle now: those not decided by hand. */
    static int undecided(const ProjectStore& store, const agreement::ProjectAgreement& compared, const QString& consensusName);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Coding> layer(Id consensus) const;

    agreement::ProjectAgreement m_compared;
    QString m_consensus;
    agreement::Decision m_rule;
    agreement::AdjudicationResult m_result;
    QList<Coding> m_before, m_after;
    int m_byRule = 0;
    bool m_done = false;
};

}  // namespace thema
