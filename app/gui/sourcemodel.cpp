#include "sourcemodel.h"

#include "session.h"
#include "store/projectstore.h"

#include <QFont>
#include <QIcon>
#include <QStyle>
#include <QTimer>

namespace thema {
namespace {

constexpr quintptr kGroupTag = ~quintptr(0);  ///< internalId of group rows; source rows carry their group's index

}  // namespace

SourceModel::SourceModel(QObject* parent) : QAbstractItemModel(parent), m_recount(new QTimer(this))
{
    // Counts follow codings at the next turn of the event loop, so coding paints first and bursts count once.
    m_recount->setSingleShot(true);
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, [this] {
        const QList<Id> sources = m_pendingAll ? QList<Id>() : m_pending;
        m_pending.clear();
        m_pendingAll = false;
        recount(sources);
    });
}

void SourceModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        ProjectStore& store = session->store();
        connect(&store, &ProjectStore::sourcesChanged, this, &SourceModel::reload);
        connect(&store, &ProjectStore::participantsChanged, this, &SourceModel::reload);
        connect(&store, &ProjectStore::codingsChanged, this, [this](const QList<Id>& sources) {
            m_pendingAll = m_pendingAll || sources.isEmpty();
            m_pending += sources;
            m_recount->start();
        });
        connect(session, &Session::visibilityChanged, this, [this] { recount({}); });
    }
    reload();
}

void SourceModel::setGrouping(const QString& grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    reload();
}

QStringList SourceModel::attributeKeys() const
{
    return m_keys;
}

void SourceModel::reload()
{
    beginResetModel();
    m_sources.clear();
    m_participantOf.clear();
    m_groups.clear();
    m_keys.clear();
    const bool read = !m_session || m_session->guardedRead([&] {
        const ProjectStore& store = m_session->store();
        m_sources = store.sources();
        QHash<Id, Participant> people;
        for (const Participant& p : store.participants()) {
            people.insert(p.id, p);
            for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
                if (!m_keys.contains(it.key()))
                    m_keys.append(it.key());
        }
        std::sort(m_keys.begin(), m_keys.end());
        QHash<Id, Id> speaker;  // source → first non-interviewer participant in its turns
        for (const Turn& t : store.allTurns())
            if (t.participant && !speaker.contains(t.source) && !people.value(t.participant).interviewer)
                speaker.insert(t.source, t.participant);
        QMap<QString, int> groupOf;
        for (int i = 0; i < m_sources.size(); ++i) {
            const Id pid = m_sources[i].participant ? m_sources[i].participant : speaker.value(m_sources[i].id);
            if (people.contains(pid))
                m_participantOf.insert(m_sources[i].id, people.value(pid));
            if (!grouped())
                continue;
            const Participant who = people.value(pid);
            QString name = m_grouping == QLatin1String("participant") ? who.name : who.attributes.value(m_grouping);
            if (name.isEmpty())
                name = tr("(none)");
            if (!groupOf.contains(name)) {
                groupOf.insert(name, int(m_groups.size()));
                m_groups.append({name, {}});
            }
            m_groups[groupOf.value(name)].sources.append(i);
        }
        std::sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    });
    if (!read) {  // the project could not be read: no rows, and the message from the session
        m_sources.clear();
        m_participantOf.clear();
        m_groups.clear();
        m_keys.clear();
    }
    m_resetting = true;
    recount({});
    m_resetting = false;
    endResetModel();
}

void SourceModel::recount(const QList<Id>& sources)
{
    if (!m_session)
        return;
    CodingFilter filter;
    filter.sources = sources;
    filter.coders = m_session->visibleCoders();
    filter.timestamps = false;
    if (sources.isEmpty())
        m_codings.clear();
    else
        for (Id s : sources)
            m_codings.remove(s);
    if (!m_session->guardedRead([&] {
            for (const Coding& c : m_session->store().codings(filter))
                ++m_codings[c.source];
        }))
        m_codings.clear();
    if (m_resetting)
        return;
    if (grouped() && !m_groups.isEmpty())  // a group's count is its sources' sum
        emit dataChanged(index(0, 1), index(int(m_groups.size()) - 1, 1), {Qt::DisplayRole});
    for (int g = 0; g < std::max<qsizetype>(1, m_groups.size()); ++g) {
        const QModelIndex parent = grouped() ? index(g, 0) : QModelIndex();
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 1, parent), index(rowCount(parent) - 1, 1, parent), {Qt::DisplayRole});
    }
}

Id SourceModel::sourceAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupTag)
        return 0;
    const int i = grouped() ? m_groups[int(index.internalId())].sources[index.row()] : index.row();
    return m_sources[i].id;
}

QModelIndex SourceModel::indexOf(Id source) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].id != source)
            continue;
        if (!grouped())
            return createIndex(i, 0, quintptr(0));
        for (int g = 0; g < m_groups.size(); ++g)
            if (const qsizetype row = m_groups[g].sources.indexOf(i); row >= 0)
                return createIndex(int(row), 0, quintptr(g));
    }
    return {};
}

QModelIndex SourceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= 2 || row >= rowCount(parent))
        return {};
    if (!grouped())
        return createIndex(row, column, quintptr(0));
    if (!parent.isValid())
        return createIndex(row, column, kGroupTag);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex SourceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !grouped() || child.internalId() == kGroupTag)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupTag);
}

int SourceModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!grouped())
        return parent.isValid() ? 0 : int(m_sources.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupTag)
        return int(m_groups[parent.row()].sources.size());
    return 0;
}

int SourceModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant SourceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (grouped() && index.internalId() == kGroupTag) {
        const Group& g = m_groups[index.row()];
        if (role == IsGroupRole)
            return true;
        if (index.column() == 0 && role == Qt::DisplayRole)
            return QStringLiteral("%1 (%2)").arg(g.name).arg(g.sources.size());
        if (index.column() == 1 && role == Qt::DisplayRole) {
            qint64 n = 0;
            for (int i : g.sources)
                n += m_codings.value(m_sources[i].id);
            return n ? QVariant(n) : QVariant();
        }
        if (role == Qt::FontRole && index.column() == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Source& s = m_sources[grouped() ? m_groups[int(index.internalId())].sources[index.row()] : index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return s.name;
        return m_codings.value(s.id) ? QVariant(m_codings.value(s.id)) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{s.name, tr("%1 characters, imported from %2").arg(s.characters).arg(s.originalFile)};
        if (const auto it = m_participantOf.constFind(s.id); it != m_participantOf.cend()) {
            lines.append(tr("Participant: %1").arg(it->name));
            for (auto a = it->attributes.cbegin(); a != it->attributes.cend(); ++a)
                lines.append(a.key() + QStringLiteral(": ") + a.value());
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return s.id;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Source") : tr("Codings");
}

}  // namespace thema
