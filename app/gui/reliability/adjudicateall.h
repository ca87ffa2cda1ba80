#pragma once

#include "commands/storecommand.h"

#include "agreement/adjudication.h"

namespace thema {

/**
 * Writes the whole consensus layer with core/agreement's adjudicate(): agreed spans copied, every disagreement
 * settled by @p rule. Undo restores the consensus coder's codings of the compared codes and sources as they were.
 */
class AdjudicateAll : public StoreCommand {
public:
    AdjudicateAll(Session& session, const agreement::ProjectAgreement& compared, const QString& consensusName, const agreement::Decision& rule,
                  const QString& ruleName);
    const agreement::AdjudicationResult& result() const { return m_result; }

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
    bool m_done = false;
};

}  // namespace thema
