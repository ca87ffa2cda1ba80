#include "setcodecolor.h"

#include "store/projectstore.h"

namespace thema {

SetCodeColor::SetCodeColor(Session& session, Id code, const QString& oldColor, const QString& newColor, qint64 seen)
    : StoreCommand(session, QObject::tr("Change code colour")), m_code(code), m_guid(codeGuid(code)), m_old(oldColor), m_new(newColor),
      m_seen(seen)
{
}

void SetCodeColor::apply() { store().setCodeColor(liveCode(m_guid, {}), m_new, versionToCheck(m_seen)); }
void SetCodeColor::revert() { store().setCodeColor(liveCode(m_guid, {}), m_old); }

}  // namespace thema
