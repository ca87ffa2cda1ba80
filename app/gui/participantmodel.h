#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace thema {

class Session;

/**
 * Participants (rows) by columns: name (editing renames), interviewer (a check box), how many sources they own
 * or speak in, then one column per attribute key. Every edit pushes an undo command: RenameParticipant,
 * SetInterviewer, SetAttribute (an empty value removes the attribute). Attribute cells offer the values already
 * used for that key (ChoiceDelegate::ChoicesRole). New keys can be added as columns.
 */
class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, InterviewerColumn, SourcesColumn, FirstAttributeColumn };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ParticipantModel(QObject* parent = nullptr);
    void setSession(Session* session);
    void addKey(const QString& key);
    QStringList keys() const { return m_keys; }
    /** The participant of @p row; nullptr when out of range. */
    const Participant* participantAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void reload();

    QPointer<Session> m_session;
    QList<Participant> m_people;
    QHash<Id, int> m_sources;  ///< participant -> sources owned or spoken in
    QHash<QString, QStringList> m_values;  ///< attribute key -> values in use
    QStringList m_keys;
};

}  // namespace thema
