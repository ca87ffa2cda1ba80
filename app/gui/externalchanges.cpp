#include "externalchanges.h"

#include "model/error.h"
#include "session.h"
#include "store/postgres/changenotifier.h"
#include "store/postgres/teamproject.h"
#include "store/projectcopy.h"
#include "store/projectstore.h"

#include <QHash>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace thema {

ExternalChanges::ExternalChanges(QObject* parent) : QObject(parent), m_timer(new QTimer(this)), m_gather(new QTimer(this))
{
    m_timer->setInterval(1500);
    connect(m_timer, &QTimer::timeout, this, &ExternalChanges::check);
    m_gather->setSingleShot(true);
    m_gather->setInterval(15);
    connect(m_gather, &QTimer::timeout, this, &ExternalChanges::checkTables);
}

ExternalChanges::~ExternalChanges() = default;

void ExternalChanges::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

unsigned ExternalChanges::kindsOf(const QString& table)
{
    static const QHash<QString, unsigned> kinds{
        {QStringLiteral("source"), Sources},
        {QStringLiteral("source_media"), Sources},
        {QStringLiteral("turn"), Sources | Participants},
        {QStringLiteral("participant"), Participants},
        {QStringLiteral("attribute"), Participants},
        {QStringLiteral("coder"), Coders},
        {QStringLiteral("code"), Codes},
        {QStringLiteral("coding"), Codings},
        {QStringLiteral("memo"), Memos},
        {QStringLiteral("theme"), Themes},
        {QStringLiteral("theme_code"), Themes},
        {QStringLiteral("theme_exemplar"), Themes},
        // Blind mode lives in the settings: turning it on or off changes which codings a coder may read.
        {QStringLiteral("setting"), Codings | Membership},
        {QStringLiteral("member"), Membership | Codings},
        {QStringLiteral("schema_version"), All},
    };
    return kinds.value(table, All);
}

void ExternalChanges::setSession(Session* session)
{
    m_session = session;
    m_version = -1;
    m_notifier.reset();
    m_tables.clear();
    m_gather->stop();
    if (!session) {
        m_timer->stop();
        return;
    }
    // A team project also says at once when another member commits (LISTEN/NOTIFY); the timer stays as a fallback.
    m_notifier = std::make_unique<team::ChangeNotifier>(session->store());
    connect(m_notifier.get(), &team::ChangeNotifier::changed, this, [this](const QString& table) {
        m_tables.insert(table);
        if (!m_gather->isActive())
            m_gather->start();
    });
    try {
        m_version = dataVersion(session->store());
    } catch (const Error&) {
        m_version = -1;
    }
    m_timer->start();
}

void ExternalChanges::announce(unsigned kinds)
{
    ProjectStore& store = m_session->store();
    if (kinds & Sources)
        emit store.sourcesChanged();
    if (kinds & Participants)
        emit store.participantsChanged();
    if (kinds & Coders)
        emit store.codersChanged();
    if (kinds & Codes)
        emit store.codesChanged();
    if (kinds & Themes)
        emit store.themesChanged();
    if (kinds & Codings)
        emit store.codingsChanged({});
    if (kinds & Memos)
        emit store.memosChanged();
}

QStringList ExternalChanges::advanceTo(qint64 version)
{
    const qint64 before = std::exchange(m_version, version);
    if (before < 0 || version <= before || !team::isTeamProject(m_session->store()))
        return {};
    try {
        return team::recentChangers(m_session->store(), std::min<qint64>(version - before, 100));
    } catch (const Error&) {
        return {};  // the change shows all the same; only its author goes unnamed
    }
}

void ExternalChanges::checkTables()
{
    const QSet<QString> tables = std::exchange(m_tables, {});
    if (!m_session || tables.isEmpty())
        return;
    qint64 now = -1;
    try {
        now = dataVersion(m_session->store());  // what the notifications announce; the poll need not repeat it
    } catch (const Error&) {
        return;  // busy or gone for a moment: the poll looks again
    }
    const QStringList members = advanceTo(now);
    unsigned kinds = 0;
    for (const QString& table : tables)
        kinds |= kindsOf(table);
    announce(kinds);
    emit tablesChanged(tables);
    emit changed(members);
}

bool ExternalChanges::check()
{
    if (!m_session || m_gather->isActive())  // notifications are being gathered: they say what changed
        return false;
    qint64 now = -1;
    try {
        now = dataVersion(m_session->store());
    } catch (const Error&) {
        return false;  // busy or gone for a moment: look again at the next tick
    }
    if (now == m_version)
        return false;
    const QStringList members = advanceTo(now);
    announce(All);
    emit tablesChanged({});
    emit changed(members);
    return true;
}

}  // namespace thema
