#include "movecode.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

MoveCode::MoveCode(Session& session, Id code, Id newParent, int position, const QString& text)
    : StoreCommand(session, text), m_code(code), m_guid(codeGuid(code)), m_newParent(newParent), m_position(position)
{
}

void MoveCode::apply()
{
    m_code = liveCode(m_guid, {});
    const auto c = store().code(m_code);
    m_oldParent = c->parent;
    m_oldPosition = c->position;
    store().moveCode(m_code, m_newParent, m_position);
}

void MoveCode::revert() { store().moveCode(liveCode(m_guid, {}), m_oldParent, m_oldPosition); }

}  // namespace thema
