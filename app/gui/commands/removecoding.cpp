#include "removecoding.h"

#include "store/projectstore.h"

namespace thema {

RemoveCoding::RemoveCoding(Session& session, Id coding) : StoreCommand(session, QObject::tr("Uncode")), m_id(coding) {}

void RemoveCoding::apply()
{
    m_removed = store().removeCoding(m_id);
}

void RemoveCoding::revert()
{
    Coding c = m_removed;
    store().addCoding(c);
}

}  // namespace thema
