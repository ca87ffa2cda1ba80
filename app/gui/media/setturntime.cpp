#include "gui/media/setturntime.h"

#include "store/projectstore.h"

namespace thema {

SetTurnTime::SetTurnTime(Session& session, const Turn& turn, std::optional<qint64> beginMs)
    : StoreCommand(session, QObject::tr("Set turn time")), m_turn(turn.id), m_source(turn.source),
      m_sourceGuid(sourceGuid(turn.source)), m_old(turn.beginMs), m_new(beginMs)
{
}

void SetTurnTime::apply()
{
    checkSource(m_source, m_sourceGuid);
    store().setTurnBegin(m_turn, m_new);
}

void SetTurnTime::revert()
{
    checkSource(m_source, m_sourceGuid);
    store().setTurnBegin(m_turn, m_old);
}

}  // namespace thema
