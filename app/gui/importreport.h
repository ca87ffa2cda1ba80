#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace thema {

/**
 * What an import did, for the user to read and copy: how many files landed, and every file that did not with
 * its reason (one line each, selectable, with a Copy button). Shown by ImportController when a file failed.
 */
class ImportReport : public QDialog {
    Q_OBJECT
public:
    ImportReport(int imported, const QStringList& failures, QWidget* parent = nullptr);

    /** The failures as shown, one per line (what Copy puts on the clipboard). */
    QString text() const;

private:
    QPlainTextEdit* m_text;
};

}  // namespace thema
