#include "codehits.h"

#include "store/projectstore.h"

#include <QSet>

namespace thema {

CodeHits::CodeHits(Session& session, const QList<SearchHit>& hits, Id code, Id coder, HitUnit unit, const QString& codeName)
    : StoreCommand(session, QObject::tr("Code %n search hit(s) with \"%1\"", nullptr, int(hits.size())).arg(codeName)), m_hits(hits),
      m_code(code), m_coder(coder), m_unit(unit)
{
}

void CodeHits::apply()
{
    ProjectStore& s = store();
    if (m_done) {
        s.transaction([&] {
            for (Coding c : m_made)
                s.addCoding(c);  // keeps the id, so later commands and exemplars still refer to it
        });
        return;
    }
    CodingFilter filter;
    filter.codes = {m_code};
    filter.coders = {m_coder};
    QSet<Id> before;
    for (const Coding& c : s.codings(filter))
        before.insert(c.id);
    const ApplyResult r = applyHits(s, m_hits, m_code, m_coder, m_unit);
    m_existing = r.existing;
    for (const Coding& c : s.codings(filter))
        if (!before.contains(c.id))
            m_made.append(c);
    m_done = true;
}

void CodeHits::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        for (const Coding& c : m_made)
            s.removeCoding(c.id);
    });
}

}  // namespace thema
