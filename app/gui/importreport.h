#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace thema {

/**
 * What an import did, for the user to read and copy: how many files landed, every file that did not with its reason
 * (one line each, selectable, with a Copy button), and whom each transcript's speakers had taken as interviewer
 * and why, with a button to change it (Participants and Attributes). Shown by ImportController when a file failed
 * or an interviewer was chosen.
 */
class ImportReport : public QDialog {
    Q_OBJECT
public:
    ImportReport(int imported, const QStringList& failures, const QStringList& interviewers = {}, QWidget* parent = nullptr);

    /** The failures as shown, one per line (what Copy puts on the clipboard). The interviewer lines are shown below. */
    QString text() const;

signals:
    /** "Change interviewers…": the user wants to correct who was taken as interviewer. */
    void participantsRequested();

private:
    QPlainTextEdit* m_text;
};

}  // namespace thema
