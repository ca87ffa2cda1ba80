#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace thema {
class ProjectStore;
}

namespace thema::team {

/**
 * Tells at once when another member commits a change to the open team project: it LISTENs on the project's
 * channel (the change-log trigger NOTIFYs it with the table's name) through Qt's QSqlDriver notifications, on the
 * store's own connection, in the thread that owns the store (its event loop delivers them). Does nothing for a
 * file project. Notifications from this connection's own writes are ignored.
 */
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(const ProjectStore& store, QObject* parent = nullptr);
    ~ChangeNotifier() override;
    /** True when subscribed (a team project on a reachable server). */
    bool active() const { return !m_channels.isEmpty(); }

signals:
    /** Another member committed a change to @p table. */
    void changed(const QString& table);

private:
    QString m_connection;
    QStringList m_channels;  ///< the project's channel, and for owners and readers its private one (blind mode)
};

}  // namespace thema::team
