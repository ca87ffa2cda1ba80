#pragma once

#include <QDialog>

class QTableView;

namespace thema {

class ParticipantModel;
class Session;
class SpeakerMapModel;

/**
 * Participants and who speaks where, in two tabs; every edit is saved and undoable at once.
 * Participants: add, rename (edit the name), merge the selected one into another, mark interviewers, set attributes
 * from the values already used. Speakers: map each speaker label of each source to a participant, mark a
 * speaker as interviewer, attach a source (e.g. a Word file without speaker labels) to a participant.
 */
class ParticipantsDialog : public QDialog {
    Q_OBJECT
public:
    ParticipantsDialog(Session* session, QWidget* parent = nullptr);

    ParticipantModel* participantModel() const { return m_model; }
    SpeakerMapModel* speakerModel() const { return m_speakers; }

private:
    void addParticipant();
    void mergeSelected();

    Session* m_session;
    ParticipantModel* m_model;
    SpeakerMapModel* m_speakers;
    QTableView* m_table;
};

}  // namespace thema
