#include "store/postgres/changenotifier.h"

#include "store/postgres/teamproject.h"
#include "store/postgres/teamurl.h"
#include "store/projectstore.h"

#include <QSqlDriver>

namespace thema::team {

ChangeNotifier::ChangeNotifier(const ProjectStore& store, QObject* parent) : QObject(parent)
{
    if (!isTeamProject(store))
        return;
    QSqlDatabase db = store.database();
    const QString channel = TeamUrl::parse(store.path()).schema();
    if (!db.driver()->subscribeToNotification(channel))
        return;
    m_connection = db.connectionName();
    m_channel = channel;
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name == m_channel && source != QSqlDriver::SelfSource)
                    emit changed(payload.toString());
            });
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_channel.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen())
        db.driver()->unsubscribeFromNotification(m_channel);
}

}  // namespace thema::team
