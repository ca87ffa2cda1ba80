#include "addcode.h"

#include "model/error.h"
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
    const Id id = liveCode(m_code.guid, m_code.name);
    if (id != m_code.id)
        throw Error(QObject::tr("the code \"%1\" is no longer the one this step made").arg(m_code.name));
    store().removeCode(id);
}

}  // namespace thema
