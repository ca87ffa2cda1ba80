#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace thema {

class Session;
struct ImportOptions;

/**
 * Imports files without freezing the window: the files are read and parsed on a worker (QtConcurrent) behind a
 * progress dialog that can cancel; the parsed sources are then written on the GUI thread, where the store lives,
 * as one undoable step (all or nothing). Files that fail are reported by name and reason; the others import.
 */
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QWidget* parent);

    /**
     * Starts importing @p files into @p session; returns at once. When a file is a table (CSV, TSV, XLSX, ODS) the
     * user first chooses how survey tables are split (per question or per respondent); Cancel imports nothing.
     */
    void start(Session* session, const QStringList& files);
    bool isRunning() const { return m_running; }
    /** A file-dialog filter listing what the importers read. */
    static QString fileFilter();

signals:
    /** Emitted when an import ends: sources written (0 when cancelled) and the failures' messages. */
    void finished(int imported, const QStringList& failures, bool cancelled);
    /** The user asked, from the import report, to change who was taken as interviewer. */
    void participantsRequested();

private:
    /** Asks the survey layout when @p files hold a table; false when the user cancelled. */
    bool askSurveyLayout(const QStringList& files, ImportOptions& options) const;

    QWidget* m_parent;
    bool m_running = false;
};

}  // namespace thema
