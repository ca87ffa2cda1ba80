#include "participantmodel.h"

#include "choicedelegate.h"
#include "commands/participantedits.h"
#include "commands/setattribute.h"
#include "session.h"
#include "store/projectstore.h"

#include <QSet>

namespace thema {

ParticipantModel::ParticipantModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParticipantModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(&session->store(), &ProjectStore::participantsChanged, this, &ParticipantModel::reload, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::sourcesChanged, this, &ParticipantModel::reload, Qt::QueuedConnection);
    }
    reload();
}

void ParticipantModel::reload()
{
    beginResetModel();
    m_people.clear();
    m_sources.clear();
    m_values.clear();
    const bool read = !m_session || m_session->guardedRead([&] {
        m_people = m_session->store().participants();
        QHash<Id, QSet<Id>> sets;
        for (const Turn& t : m_session->store().allTurns())
            if (t.participant)
                sets[t.participant].insert(t.source);
        for (const Source& s : m_session->store().sources())
            if (s.participant)
                sets[s.participant].insert(s.id);
        for (auto it = sets.cbegin(); it != sets.cend(); ++it)
            m_sources.insert(it.key(), int(it->size()));
        for (const QString& key : m_session->store().attributeKeys()) {
            m_values.insert(key, m_session->store().attributeValues(key).keys());
            if (!m_keys.contains(key))
                m_keys.append(key);
        }
    });
    if (!read) {  // the project could not be read: no rows, and the message from the session
        m_people.clear();
        m_sources.clear();
        m_values.clear();
    }
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

const Participant* ParticipantModel::participantAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people[row] : nullptr;
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstAttributeColumn + int(m_keys.size());
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Participant& p = m_people[index.row()];
    if (role == IdRole)
        return p.id;
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(p.name) : QVariant();
    case InterviewerColumn:
        if (role == Qt::CheckStateRole)
            return p.interviewer ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Interviewers are never counted in theme tables, matrices or charts, and a one-to-one interview "
                      "belongs to its interviewee.");
        return {};
    case SourcesColumn:
        return role == Qt::DisplayRole ? QVariant(m_sources.value(p.id)) : QVariant();
    default:
        break;
    }
    const QString key = m_keys[index.column() - FirstAttributeColumn];
    if (role == ChoiceDelegate::ChoicesRole)
        return m_values.value(key);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return p.attributes.value(key);
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case InterviewerColumn:
        return tr("Interviewer");
    case SourcesColumn:
        return tr("Sources");
    default:
        return m_keys.value(section - FirstAttributeColumn);
    }
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == InterviewerColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != SourcesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParticipantModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || !index.isValid())
        return false;
    const Participant& p = m_people[index.row()];
    if (index.column() == InterviewerColumn && role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        return on != p.interviewer && m_session->push(new SetInterviewer(*m_session, p.id, on));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().simplified();
    if (index.column() == NameColumn)
        return !text.isEmpty() && text != p.name && m_session->push(new RenameParticipant(*m_session, p.id, p.name, text, p.version));
    if (index.column() < FirstAttributeColumn)
        return false;
    const QString key = m_keys[index.column() - FirstAttributeColumn];
    const std::optional<QString> old = p.attributes.contains(key) ? std::optional<QString>(p.attributes.value(key)) : std::nullopt;
    if (old.value_or(QString()) == text)
        return false;
    return m_session->push(new SetAttribute(*m_session, p.id, key, old, text, p.version));
}

}  // namespace thema
