#include "externalchanges.h"

#include "model/error.h"
#include "session.h"
#include "store/postgres/changenotifier.h"
#include "store/projectcopy.h"
#include "store/projectstore.h"

#include <QTimer>

namespace thema {

ExternalChanges::ExternalChanges(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(1500);
    connect(m_timer, &QTimer::timeout, this, &ExternalChanges::check);
}

ExternalChanges::~ExternalChanges() = default;

void ExternalChanges::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void ExternalChanges::setSession(Session* session)
{
    m_session = session;
    m_version = -1;
    m_notifier.reset();
    if (!session) {
        m_timer->stop();
        return;
    }
    // A team project also says at once when another member commits (LISTEN/NOTIFY); the timer stays as a fallback.
    m_notifier = std::make_unique<team::ChangeNotifier>(session->store());
    connect(m_notifier.get(), &team::ChangeNotifier::changed, this, &ExternalChanges::check);
    try {
        m_version = dataVersion(session->store());
    } catch (const Error&) {
        m_version = -1;
    }
    m_timer->start();
}

bool ExternalChanges::check()
{
    if (!m_session)
        return false;
    qint64 now = -1;
    try {
        now = dataVersion(m_session->store());
    } catch (const Error&) {
        return false;  // busy or gone for a moment: look again at the next tick
    }
    if (now == m_version)
        return false;
    m_version = now;
    ProjectStore& store = m_session->store();
    emit store.sourcesChanged();
    emit store.participantsChanged();
    emit store.codersChanged();
    emit store.codesChanged();
    emit store.themesChanged();
    emit store.codingsChanged({});
    emit store.memosChanged();
    emit changed();
    return true;
}

}  // namespace thema
