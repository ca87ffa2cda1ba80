#pragma once

#include "model/entities.h"
#include "core/search/indexsync.h"
#include "store/postgres/teamidentity.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QStatusBar;
class QWidget;

namespace thema {

class ExternalChanges;
class OpenTeamDialog;
class Session;

/**
 * The window's side of a team project: who you are (a permanent status-bar label, "you are sam (coder, blind),
 * coding as Sam", refreshed when membership or blind mode changes), the coder your codings are written as, this
 * client's search index kept up to date from other members' changes (on a worker, only the sources it has not seen),
 * and the Open Team Project dialog. Does nothing for a file project.
 */
class TeamClient : public QObject {
    Q_OBJECT
public:
    TeamClient(QWidget* window, QStatusBar* bar, ExternalChanges* changes);
    ~TeamClient() override;

    /** The open project (null: none). For a team project asks the server who we are and syncs the index. */
    void setSession(Session* session);
    bool active() const { return m_active; }
    const team::Identity& identity() const { return m_identity; }
    QString statusText() const;
    /** The coder row the member's codings are written as (made when missing); 0 for a reader or a file project. */
    Id ownCoder();
    /** The last index sync's result (sources indexed), for the status bar and tests. */
    const IndexSync& lastSync() const { return m_lastSync; }
    /** True while the index is being brought up to date. */
    bool syncing() const { return m_watcher.isRunning(); }

    /**
     * Shows the Open Team Project dialog (not blocking), filled from @p location and showing @p problem; on Open
     * remembers the typed password for this session and emits openRequested.
     */
    OpenTeamDialog* showOpenDialog(const QString& location = {}, const QString& problem = {});

signals:
    void openRequested(const QString& location);
    void identityChanged();
    /** The index was brought up to date after a change (on opening, or another member's import). */
    void indexSynced(const thema::IndexSync& sync);
    void message(const QString& text);

private:
    struct SyncResult {
        IndexSync sync;
        QString error;
    };
    void refreshIdentity();
    void onTablesChanged(const QSet<QString>& tables);
    void startSync();
    void syncFinished();

    QWidget* m_window;
    QLabel* m_label;
    QPointer<Session> m_session;
    bool m_active = false;
    team::Identity m_identity;
    QString m_problem;
    IndexSync m_lastSync;
    QFutureWatcher<SyncResult> m_watcher;
    bool m_again = false;  ///< another change arrived while syncing: sync once more
    QPointer<OpenTeamDialog> m_dialog;
};

}  // namespace thema
