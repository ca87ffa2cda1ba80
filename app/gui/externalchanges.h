#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace thema {

class Session;
namespace team {
class ChangeNotifier;
}

/**
 * Notices changes another process (thema-cli, a second window) commits to the open project: it polls the
 * store's data version (core/store/projectcopy.h; our own writes do not change it) and, when it moved, makes the
 * store announce every kind of change, so each model reloads as after one of our own edits. On a team project the
 * server's NOTIFY triggers the check at once (team::ChangeNotifier), so other members' edits show within a second.
 */
class ExternalChanges : public QObject {
    Q_OBJECT
public:
    explicit ExternalChanges(QObject* parent = nullptr);
    ~ExternalChanges() override;
    void setSession(Session* session);
    /** Checks now (the timer calls it every @p interval ms); returns true when the project had changed. */
    bool check();
    void setInterval(int ms);

signals:
    void changed();

private:
    QPointer<Session> m_session;
    QTimer* m_timer;
    qint64 m_version = -1;
    std::unique_ptr<team::ChangeNotifier> m_notifier;  ///< a team project's LISTEN/NOTIFY; null for a file
};

}  // namespace thema
