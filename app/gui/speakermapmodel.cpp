#include "speakermapmodel.h"

#include "choicedelegate.h"
#include "commands/participantedits.h"
#include "commands/speakeredits.h"
#include "session.h"
#include "store/projectstore.h"

#include <QFont>

#include <algorithm>

namespace thema {

SpeakerMapModel::SpeakerMapModel(QObject* parent) : QAbstractTableModel(parent) {}

void SpeakerMapModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(&session->store(), &ProjectStore::participantsChanged, this, &SpeakerMapModel::reload, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::sourcesChanged, this, &SpeakerMapModel::reload, Qt::QueuedConnection);
    }
    reload();
}

void SpeakerMapModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_people.clear();
    const bool read = !m_session || m_session->guardedRead([&] {
        m_people = m_session->store().participants();
        QHash<Id, QList<Turn>> turns;
        for (const Turn& t : m_session->store().allTurns())
            turns[t.source].append(t);
        for (const Source& s : m_session->store().sources()) {
            m_rows.append({s.id, s.name, true, QString(), s.participant, 0});
            QList<Row> speakers;
            for (const Turn& t : turns.value(s.id)) {
                if (t.speaker.isEmpty())
                    continue;
                auto it = std::find_if(speakers.begin(), speakers.end(), [&](const Row& r) { return r.speaker == t.speaker; });
                if (it == speakers.end())
                    speakers.append({s.id, s.name, false, t.speaker, t.participant, 1});
                else
                    ++it->turns;
            }
            m_rows.append(speakers);
        }
    });
    if (!read) {  // the project could not be read: no rows, and the message from the session
        m_rows.clear();
        m_people.clear();
    }
    endResetModel();
}

const Participant* SpeakerMapModel::person(Id id) const
{
    for (const Participant& p : m_people)
        if (p.id == id)
            return &p;
    return nullptr;
}

int SpeakerMapModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int SpeakerMapModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SpeakerMapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& r = m_rows[index.row()];
    const Participant* p = person(r.participant);
    if (role == Qt::FontRole && r.whole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (index.column()) {
    case SourceColumn:
        return role == Qt::DisplayRole && r.whole ? QVariant(r.sourceName) : QVariant();
    case SpeakerColumn:
        if (role != Qt::DisplayRole)
            return {};
        if (r.whole)
            return tr("(the whole source belongs to)");
        return r.turns == 1 ? tr("%1 (1 turn)").arg(r.speaker) : tr("%1 (%2 turns)").arg(r.speaker).arg(r.turns);
    case ParticipantColumn:
        if (role == ChoiceDelegate::ChoicesRole) {
            QStringList names{tr("(nobody)")};
            for (const Participant& q : m_people)
                names.append(q.name);
            return names;
        }
        if (role == Qt::EditRole)
            return p ? p->name : tr("(nobody)");
        if (role == Qt::DisplayRole)
            return p ? p->name : (r.whole ? tr("(nobody: double-click to attach)") : tr("(nobody)"));
        return {};
    case InterviewerColumn:
        if (role == Qt::CheckStateRole && !r.whole && p)
            return p->interviewer ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

QVariant SpeakerMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case SourceColumn: return tr("Source");
    case SpeakerColumn: return tr("Speaker");
    case ParticipantColumn: return tr("Participant");
    case InterviewerColumn: return tr("Interviewer");
    default: return {};
    }
}

Qt::ItemFlags SpeakerMapModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ParticipantColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == InterviewerColumn && !m_rows[index.row()].whole && m_rows[index.row()].participant)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool SpeakerMapModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || !index.isValid())
        return false;
    const Row& r = m_rows[index.row()];
    if (index.column() == InterviewerColumn && role == Qt::CheckStateRole && r.participant) {
        const Participant* p = person(r.participant);
        const bool on = value.toInt() == Qt::Checked;
        return p && on != p->interviewer && m_session->push(new SetInterviewer(*m_session, r.participant, on));
    }
    if (index.column() != ParticipantColumn || role != Qt::EditRole)
        return false;
    const int choice = value.toInt();  // 0 = nobody, else a participant in name order
    const Id next = choice > 0 && choice <= m_people.size() ? m_people[choice - 1].id : 0;
    if (next == r.participant)
        return false;
    if (r.whole)
        return m_session->push(new SetSourceParticipant(*m_session, r.source, r.participant, next));
    return m_session->push(new MapSpeaker(*m_session, r.source, r.speaker, r.participant, next));
}

}  // namespace thema
