#pragma once

#include <QDialog>

namespace thema {

class ParticipantModel;
class Session;

/** Participants and their attributes in an editable table; every edit is saved and undoable at once. */
class ParticipantsDialog : public QDialog {
    Q_OBJECT
public:
    ParticipantsDialog(Session* session, QWidget* parent = nullptr);

private:
    ParticipantModel* m_model;
};

}  // namespace thema
