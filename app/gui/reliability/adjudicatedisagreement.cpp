#include "adjudicatedisagreement.h"

#include "agreement/handdecisions.h"
#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

Id ensureConsensusCoder(ProjectStore& store, const QString& name)
{
    if (const auto c = store.coderByName(name)) {
        if (!c->consensus)
            throw Error(QObject::tr("\"%1\" is a coder, not a consensus layer; choose another name for the consensus").arg(name));
        return c->id;
    }
    Coder c;
    c.name = name;
    c.color = QStringLiteral("#2ca02c");
    c.consensus = true;
    return store.addCoder(c);
}

AdjudicateDisagreement::AdjudicateDisagreement(Session& session, const QString& consensusName, Id source, Id code, const Span& extent,
                                               const QList<Span>& spans, const QString& description)
    : StoreCommand(session, QObject::tr("Adjudicate: %1").arg(description)), m_consensus(consensusName), m_source(source), m_code(code),
      m_extent(extent), m_spans(spans)
{
}

void AdjudicateDisagreement::apply()
{
    ProjectStore& s = store();
    s.transaction([&] {
        if (m_done) {
            for (const Coding& c : m_removed)
                s.removeCoding(c.id);
            for (Coding c : m_added)
                s.addCoding(c);
            agreement::recordHandDecision(s, m_consensus, m_source, m_code, m_extent);
            return;
        }
        // Remembered by the core, so that "Settle all by rule" leaves this passage as decided here (even a drop).
        const agreement::HandSettlement done = agreement::settleByHand(s, m_consensus, m_source, m_code, m_extent, m_spans);
        m_removed = done.removed;
        m_added = done.added;
        m_done = true;
    });
}

void AdjudicateDisagreement::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        for (const Coding& c : m_added)
            s.removeCoding(c.id);
        for (Coding c : m_removed)
            s.addCoding(c);
        agreement::forgetHandDecision(s, m_consensus, m_source, m_code, m_extent);
    });
}

}  // namespace thema
