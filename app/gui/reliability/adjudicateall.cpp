#include "adjudicateall.h"

#include "adjudicatedisagreement.h"

#include "store/projectstore.h"

namespace thema {

AdjudicateAll::AdjudicateAll(Session& session, const agreement::ProjectAgreement& compared, const QString& consensusName,
                             const agreement::Decision& rule, const QString& ruleName)
    : StoreCommand(session, QObject::tr("Adjudicate every disagreement by %1").arg(ruleName)), m_compared(compared),
      m_consensus(consensusName), m_rule(rule)
{
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
        m_result = agreement::adjudicate(s, m_compared, m_consensus, m_rule);
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
