#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace thema {

class ProjectStore;

/**
 * File ▸ Export: the paper-ready tables (theme table, extracts, codebook, matrix, reliability report) in the
 * format the file name's extension says, and the REFI-QDA codebook (.qdc) and project (.qdpx) — the same
 * exports as `thema-cli export`. Writing is left to exporters/; this dialog only gathers the options.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const ProjectStore& store, QWidget* parent = nullptr);

    /** Asks for the file, writes it, and reports success or the error. */
    void accept() override;

private:
    void updateOptions();

    const ProjectStore& m_store;
    QComboBox* m_kind;
    QLineEdit* m_group;
    QLineEdit* m_label;
    QSpinBox* m_quotes;
    QComboBox* m_unit;
};

}  // namespace thema
