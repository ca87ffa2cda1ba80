#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

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
 * server's NOTIFY triggers the check at once (team::ChangeNotifier), so other members' edits show within a second;
 * the notifications name the changed tables, and only what those tables feed is announced (a new coding reloads the
 * codings, not the sources or the codebook). The poll, a fallback, announces everything.
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

    /** The announcements a change to @p table calls for (ProjectStore::Change bits as below); unknown tables: all. */
    enum Kind : unsigned { Sources = 1, Participants = 2, Coders = 4, Codes = 8, Themes = 16, Codings = 32, Memos = 64,
                           Membership = 128, All = 255 };
    static unsigned kindsOf(const QString& table);

signals:
    /**
     * The project changed underneath. On a team project @p members are who changed it (team::recentChangers: coder
     * names, newest first); empty for a file, or when the server's change log names nobody the user may see.
     */
    void changed(const QStringList& members);
    /** Another member changed @p tables (from the server's notifications); empty: unknown, everything may have changed. */
    void tablesChanged(const QSet<QString>& tables);

private:
    void checkTables();
    void announce(unsigned kinds);
    /** Moves to @p version (dataVersion) and says who made the changes since the last one (team projects). */
    QStringList advanceTo(qint64 version);

    QPointer<Session> m_session;
    QTimer* m_timer;
    qint64 m_version = -1;
    std::unique_ptr<team::ChangeNotifier> m_notifier;  ///< a team project's LISTEN/NOTIFY; null for a file
    QTimer* m_gather;          ///< collects the notifications of one commit (one per changed table) into one reload
    QSet<QString> m_tables;    ///< tables named by notifications not yet handled
};

}  // namespace thema
