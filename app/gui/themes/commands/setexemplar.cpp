#include "setexemplar.h"

#include "themes/themeref.h"

#include "store/projectstore.h"
#include "store/themeedits.h"

namespace thema {

SetExemplar::SetExemplar(Session& session, const QString& themeGuid, Id coding, bool exemplar)
    : StoreCommand(session, exemplar ? QObject::tr("Star exemplar") : QObject::tr("Unstar exemplar")), m_theme(themeGuid),
      m_coding(coding), m_exemplar(exemplar)
{
    const auto c = store().coding(coding);
    m_codingGuid = c ? c->guid : QString();
}

void SetExemplar::apply()
{
    checkCoding(m_coding, m_codingGuid);
    setThemeExemplar(store(), themeref::require(store(), m_theme), m_coding, m_exemplar);
}

void SetExemplar::revert()
{
    checkCoding(m_coding, m_codingGuid);
    store().setExemplar(themeref::require(store(), m_theme), m_coding, !m_exemplar);
}

}  // namespace thema
