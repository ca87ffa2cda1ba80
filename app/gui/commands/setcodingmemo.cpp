#include "setcodingmemo.h"

#include "store/projectstore.h"

namespace thema {

SetCodingMemo::SetCodingMemo(Session& session, Id coding, const QString& oldMemo, const QString& newMemo)
    : StoreCommand(session, QObject::tr("Edit coding memo")), m_coding(coding), m_old(oldMemo), m_new(newMemo)
{
}

void SetCodingMemo::apply() { store().setCodingMemo(m_coding, m_new); }
void SetCodingMemo::revert() { store().setCodingMemo(m_coding, m_old); }

}  // namespace thema
