#include "team/teamclient.h"

#include "externalchanges.h"
#include "model/error.h"
#include "session.h"
#include "store/postgres/sessionpassword.h"
#include "store/postgres/teamproject.h"
#include "store/postgres/teamurl.h"
#include "store/projectstore.h"
#include "team/openteamdialog.h"

#include <QLabel>
#include <QStatusBar>
#include <QtConcurrentRun>

namespace thema {

TeamClient::TeamClient(QWidget* window, QStatusBar* bar, ExternalChanges* changes)
    : QObject(window), m_window(window), m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("teamStatus"));
    m_label->hide();
    bar->addPermanentWidget(m_label);
    connect(changes, &ExternalChanges::tablesChanged, this, &TeamClient::onTablesChanged);
    connect(&m_watcher, &QFutureWatcher<SyncResult>::finished, this, &TeamClient::syncFinished);
}

TeamClient::~TeamClient()
{
    m_watcher.waitForFinished();  // the worker has its own connection and index; let it close them
}

void TeamClient::setSession(Session* session)
{
    m_session = session;
    m_active = session && team::isTeamProject(session->store());
    m_identity = {};
    m_problem.clear();
    m_lastSync = {};
    m_again = false;
    if (!m_active) {
        m_label->hide();
        return;
    }
    refreshIdentity();
    m_label->show();
    startSync();
}

QString TeamClient::statusText() const
{
    if (!m_active)
        return {};
    return m_problem.isEmpty() ? team::describe(m_identity) : m_problem;
}

void TeamClient::refreshIdentity()
{
    try {
        m_identity = team::whoAmI(m_session->store());
        m_problem.clear();
    } catch (const Error& e) {
        m_problem = e.message();
    }
    m_label->setText(statusText());
    m_label->setToolTip(m_session->store().path());
    emit identityChanged();
}

static Id ownCoderOf(ProjectStore& store, const QString& name)
{
    if (const auto c = store.coderByName(name))
        return c->id;
    return store.ensureCoder(name);  // the server lets a member add the coder row of their own name
}

Id TeamClient::ownCoder()
{
    if (!m_active || !m_problem.isEmpty() || m_identity.role == team::Role::Reader || m_identity.coder.isEmpty())
        return 0;
    try {
        return ownCoderOf(m_session->store(), m_identity.coder);
    } catch (const Error& e) {
        emit message(e.message());
        return 0;
    }
}

void TeamClient::onTablesChanged(const QSet<QString>& tables)
{
    if (!m_active)
        return;
    unsigned kinds = 0;
    for (const QString& table : tables)
        kinds |= ExternalChanges::kindsOf(table);
    if (tables.isEmpty())
        kinds = ExternalChanges::All;
    if (kinds & ExternalChanges::Membership)
        refreshIdentity();
    if (kinds & (ExternalChanges::Sources | ExternalChanges::Participants))
        startSync();  // sources are immutable: only those the index has not seen are read
}

void TeamClient::startSync()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QString path = m_session->store().path();
    m_watcher.setFuture(QtConcurrent::run([path] {
        SyncResult r;
        try {
            r.sync = syncIndex(path);
        } catch (const Error& e) {
            r.error = e.message();
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void TeamClient::syncFinished()
{
    const SyncResult r = m_watcher.result();
    if (!m_active)
        return;
    if (!r.error.isEmpty()) {
        emit message(tr("The search index was not brought up to date: %1").arg(r.error));
    } else {
        m_lastSync = r.sync;
        if (r.sync.indexed || r.sync.removed)
            emit message(tr("Search index: %n source(s) indexed.", nullptr, r.sync.indexed));
        emit indexSynced(r.sync);
    }
    if (std::exchange(m_again, false))
        startSync();
}

OpenTeamDialog* TeamClient::showOpenDialog(const QString& location, const QString& problem)
{
    if (!m_dialog) {
        m_dialog = new OpenTeamDialog(m_window);  // one for the window, so a failed attempt shows in the same one
        connect(m_dialog, &QDialog::accepted, this, [this] {
            const QString location = m_dialog->location();
            try {
                team::setSessionPassword(team::TeamUrl::parse(location), m_dialog->password());
            } catch (const Error&) {
            }
            // After the dialog has closed: a failure shows it again, with the problem.
            QMetaObject::invokeMethod(this, [this, location] { emit openRequested(location); }, Qt::QueuedConnection);
        });
    }
    if (!location.isEmpty())
        m_dialog->setLocation(location);
    if (team::needsPassword(problem))  // a refused or missing password is not tried again
        try {
            team::setSessionPassword(team::TeamUrl::parse(location), {});
        } catch (const Error&) {
        }
    m_dialog->showProblem(problem);
    m_dialog->open();
    return m_dialog;
}

}  // namespace thema
