#include "removecoding.h"

#include "store/projectstore.h"

namespace thema {

RemoveCoding::RemoveCoding(Session& session, Id coding) : StoreCommand(session, QObject::tr("Uncode")), m_id(coding)
{
    if (const auto c = store().coding(coding))
        m_removed = *c;
}

void RemoveCoding::apply()
{
    if (!m_removed.guid.isEmpty())
        checkCoding(m_id, m_removed.guid);  // a redo removes the coding the first step removed, not its id's new owner
    m_removed = store().removeCoding(m_id);
}

void RemoveCoding::revert()
{
    Coding c = m_removed;
    store().addCoding(c);
}

}  // namespace thema
