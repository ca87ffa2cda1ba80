#pragma once

#include "analysis/analysisoptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
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

    /** Asks for the file and writes it; an error is shown and the dialog stays open. */
    void accept() override;
    /** The file the dialog wrote (after exec() returned Accepted), for the window to confirm. */
    QString writtenPath() const { return m_written; }

    /**
     * The options the dialog's fields say: whose codings count (the consensus layer when it holds codings, one
     * coder, or every coder) and the group attribute, picked from the attributes participants have.
     */
    AnalysisOptions options() const;
    /** Writes the chosen export to @p path (the format from its extension); thema::Error on failure. */
    void exportTo(const QString& path) const;

private:
    void updateOptions();

    const ProjectStore& m_store;
    QComboBox* m_kind;
    QComboBox* m_coders;
    QComboBox* m_group;
    QLineEdit* m_label;
    QSpinBox* m_quotes;
    QComboBox* m_unit;
    QLabel* m_unquotable;  ///< starred exemplars the theme table leaves out (interviewers' turns); hidden when none
    QString m_written;
};

}  // namespace thema
