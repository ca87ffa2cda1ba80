#include "mergecode.h"

#include "store/projectstore.h"

namespace thema {

MergeCode::MergeCode(Session& session, Id from, Id into, const QString& text)
    : StoreCommand(session, text), m_from(from), m_into(into), m_fromGuid(codeGuid(from)), m_intoGuid(codeGuid(into))
{
}

QSet<QPair<Id, Id>> MergeCode::linksOf(const QList<Id>& codes) const
{
    QSet<QPair<Id, Id>> links;
    for (const Theme& t : store().themes())
        for (Id c : t.codes)
            if (codes.contains(c))
                links.insert({t.id, c});
    return links;
}

void MergeCode::apply()
{
    m_from = liveCode(m_fromGuid, {});
    m_into = liveCode(m_intoGuid, {});
    m_snapshot = CodeSnapshot::capture(store(), codeSubtreeIds(store(), m_from));
    m_intoLinks = linksOf(codeSubtreeIds(store(), m_into));
    store().mergeCode(m_from, m_into);
}

void MergeCode::revert()
{
    m_into = liveCode(m_intoGuid, {});
    store().transaction([&] {
        m_snapshot.restore(store());
        for (const auto& [theme, code] : linksOf(codeSubtreeIds(store(), m_into)))
            if (!m_intoLinks.contains({theme, code}))
                store().unlinkCode(theme, code);
    });
}

}  // namespace thema
