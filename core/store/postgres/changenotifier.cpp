#include "store/postgres/changenotifier.h"

#include "store/postgres/teamproject.h"
#include "store/postgres/teamurl.h"
#include "store/projectstore.h"

#include <QSqlDriver>
#include <QSqlQuery>

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
    m_channels.append(channel);
    // In blind mode codings, stars and memos are announced only on the project's private channel, whose name only
    // owners and readers can read (team_channel); a coder's read finds no row and the coder polls instead.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM team_channel")) && q.next()) {
        const QString hidden = q.value(0).toString();
        q.finish();
        if (db.driver()->subscribeToNotification(hidden))
            m_channels.append(hidden);
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (m_channels.contains(name) && source != QSqlDriver::SelfSource)
                    emit changed(payload.toString());
            });
}

ChangeNotifier::~ChangeNotifier()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    for (const QString& channel : std::as_const(m_channels))
        db.driver()->unsubscribeFromNotification(channel);
}

}  // namespace thema::team
