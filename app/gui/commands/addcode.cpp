#include "addcode.h"

#include "store/projectstore.h"

namespace thema {

AddCode::AddCode(Session& session, const Code& code)
    : StoreCommand(session, QObject::tr("New code \"%1\"").arg(code.name)), m_code(code)
{
}

void AddCode::apply()
{
    if (m_code.id) {
        store().restoreCode(m_code);
        return;
    }
    Code c = m_code;
    store().addCode(c);
    m_code = *store().code(c.id);
}

void AddCode::revert()
{
    store().removeCode(m_code.id);
}

}  // namespace thema
