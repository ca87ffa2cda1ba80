#include "adjudicateall.h"

#include "adjudicatedisagreement.h"

#include "agreement/handdecisions.h"
#include "store/projectstore.h"

namespace thema {

AdjudicateAll::AdjudicateAll(Session& session, const agreement::ProjectAgreement& compared, const QString& consensusName,
                             const agreement::Decision& rule, const QString& ruleName)
    : StoreCommand(session, QObject::tr("Adjudicate every disagreement by %1").arg(ruleName)), m_compared(compared),
      m_consensus(consensusName), m_rule(rule)
{
}

int AdjudicateAll::undecided(const ProjectStore& store, const agreement::ProjectAgreement& compared, const QString& consensusName)
{
    const std::vector<agreement::Disagreement> list = agreement::characterDisagreements(store, compared);
    return int(list.size() - agreement::handDecisions(store, compared, consensusName, list).size());
}

QList<Coding> AdjudicateAll::layer(Id consensus) const
{
    CodingFilter filter;
    filter.coders = {consensus};
    for (const Code& c : m_compared.codes)
        filter.codes.append(c.id);
    for (const Source& s : m_compared.sources)
        filter.sources.append(s.id);
    return store().codings(filter);
}

void AdjudicateAll::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        if (m_done) {
            for (const Coding& c : m_before)
                s.removeCoding(c.id);
            for (Coding c : m_after)
                s.addCoding(c);
            return;
        }
        const Id consensus = ensureConsensusCoder(s, m_consensus);
        m_before = layer(consensus);
        const std::vector<agreement::Disagreement> list = agreement::characterDisagreements(s, m_compared);
        const std::map<int, agreement::Decision> byHand = agreement::handDecisions(s, m_compared, m_consensus, list);
        m_result = agreement::adjudicate(s, m_compared, m_consensus, m_rule, byHand);
        m_byRule = int(list.size() - byHand.size());
        m_after = layer(consensus);
        m_done = true;
    });
}

void AdjudicateAll::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        for (const Coding& c : m_after)
            s.removeCoding(c.id);
        for (Coding c : m_before)
            s.addCoding(c);
    });
}

}  // namespace thema
