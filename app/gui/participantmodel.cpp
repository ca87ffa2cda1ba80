#include "participantmodel.h"

#include "commands/setattribute.h"
#include "session.h"
#include "store/projectstore.h"

namespace thema {

ParticipantModel::ParticipantModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParticipantModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(&session->store(), &ProjectStore::participantsChanged, this, &ParticipantModel::reload, Qt::QueuedConnection);
    reload();
}

void ParticipantModel::reload()
{
    beginResetModel();
    m_people = m_session ? m_session->store().participants() : QList<Participant>();
    for (const Participant& p : m_people)
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
            if (!m_keys.contains(it.key()))
                m_keys.append(it.key());
    endResetModel();
}

void ParticipantModel::addKey(const QString& key)
{
    if (key.trimmed().isEmpty() || m_keys.contains(key.trimmed()))
        return;
    beginInsertColumns({}, columnCount(), columnCount());
    m_keys.append(key.trimmed());
    endInsertColumns();
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2 + int(m_keys.size());
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Participant& p = m_people[index.row()];
    if (index.column() == 1)
        return role == Qt::DisplayRole ? QVariant(p.interviewer ? tr("interviewer") : QString()) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == 0)
        return p.name;
    return p.attributes.value(m_keys[index.column() - 2]);
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return tr("Participant");
    if (section == 1)
        return tr("Role in interview");
    return m_keys.value(section - 2);
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= 2)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParticipantModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || role != Qt::EditRole || index.column() < 2)
        return false;
    const Participant& p = m_people[index.row()];
    const QString key = m_keys[index.column() - 2];
    const QString text = value.toString().trimmed();
    const std::optional<QString> old = p.attributes.contains(key) ? std::optional<QString>(p.attributes.value(key)) : std::nullopt;
    if (old.value_or(QString()) == text)
        return false;
    return m_session->push(new SetAttribute(*m_session, p.id, key, old, text));
}

}  // namespace thema
