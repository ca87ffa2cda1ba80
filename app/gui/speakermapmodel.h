#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace thema {

class Session;

/**
 * Who speaks in each source, as a table: per source one row for the source itself (who it belongs to: for a
 * speakerless document, the participant it is attached to) and one row per speaker label. The participant column
 * is edited with a ChoiceDelegate (index 0 = nobody) and pushes SetSourceParticipant or MapSpeaker; the
 * interviewer check box of a speaker row pushes SetInterviewer for the participant the speaker maps to.
 */
class SpeakerMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, SpeakerColumn, ParticipantColumn, InterviewerColumn, ColumnCount };

    explicit SpeakerMapModel(QObject* parent = nullptr);
    void setSession(Session* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row {
        Id source = 0;
        QString sourceName;
        bool whole = false;  ///< the row of the source itself, not of a speaker
        QString speaker;
        Id participant = 0;
        int turns = 0;
    };
    void reload();
    const Participant* person(Id id) const;

    QPointer<Session> m_session;
    QList<Row> m_rows;
    QList<Participant> m_people;
};

}  // namespace thema
