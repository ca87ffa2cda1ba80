#include "codehits.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <QSet>

namespace thema {

CodeHits::CodeHits(Session& session, const QList<SearchHit>& hits, Id code, Id coder, HitUnit unit, const QString& codePath)
    : StoreCommand(session, (code ? QObject::tr("Code %n search hit(s) with \"%1\"", nullptr, int(hits.size()))
                                  : QObject::tr("Code %n search hit(s) with new code \"%1\"", nullptr, int(hits.size())))
                                .arg(codePath)),
      m_hits(hits), m_path(codePath), m_code(code), m_coder(coder), m_unit(unit)
{
}

void CodeHits::apply()
{
    ProjectStore& s = store();
    if (m_done) {
        s.transaction([&] {
            for (const Code& c : m_created)
                s.restoreCode(c);
            for (Coding c : m_made)
                s.addCoding(c);  // keeps the id, so later commands and exemplars still refer to it
        });
        return;
    }
    s.transaction([&] {
        if (!m_code) {
            // The parts of the path that do not exist yet are the codes this command creates (and undo removes).
            QStringList missing;
            const QStringList parts = m_path.split(QLatin1Char('/'));
            for (int i = 1; i <= parts.size(); ++i) {
                const QString prefix = parts.mid(0, i).join(QLatin1Char('/'));
                if (!s.codeByPath(prefix))
                    missing.append(prefix);
            }
            const auto code = s.codeByPath(m_path, true);
            if (!code)
                throw Error(QObject::tr("Cannot create the code \"%1\"").arg(m_path));
            m_code = code->id;
            for (const QString& p : missing)
                m_created.append(*s.codeByPath(p));
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
    });
    m_done = true;
}

void CodeHits::revert()
{
    ProjectStore& s = store();
    s.transaction([&] {
        for (const Coding& c : m_made) {
            checkCoding(c.id, c.guid);
            s.removeCoding(c.id);
        }
        if (!m_created.isEmpty())
            s.removeCode(m_created.first().id);  // with the codes created below it
    });
}

}  // namespace thema
