#include "addcoding.h"

#include "store/projectstore.h"

namespace thema {

AddCoding::AddCoding(Session& session, const Coding& coding, const QString& codeName)
    : StoreCommand(session, QObject::tr("Code with \"%1\"").arg(codeName)), m_coding(coding)
{
}

void AddCoding::apply()
{
    Coding c = m_coding;
    store().addCoding(c);
    m_coding = c;  // keeps the id and guid the store gave it, so a redo restores exactly this coding
}

void AddCoding::revert()
{
    checkCoding(m_coding.id, m_coding.guid);
    store().removeCoding(m_coding.id);
}

}  // namespace thema
