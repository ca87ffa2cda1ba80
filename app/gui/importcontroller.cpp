#include "importcontroller.h"

#include "commands/importsources.h"
#include "importerregistry.h"
#include "importreport.h"
#include "model/error.h"
#include "session.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace thema {
namespace {

/** One file's outcome on the worker: a draft, or the reason it could not be read. */
struct Parsed {
    QList<SourceDraft> drafts;  // several for a table of survey answers
    QString error;
};

/** "P01: "Interviewer" taken as interviewer (labelled Interviewer); the transcript belongs to P01", one per source. */
QStringList interviewerLines(const QList<ImportResult>& results)
{
    QStringList lines;
    for (const ImportResult& r : results) {
        if (r.interviewers.isEmpty())
            continue;
        QString line = QObject::tr("%1: %2 taken as interviewer (%3)")
                           .arg(r.name, r.interviewers.join(QStringLiteral(", ")), r.interviewerReason);
        if (!r.participant.isEmpty())
            line += QObject::tr("; the transcript belongs to %1").arg(r.participant);
        lines.append(line);
    }
    return lines;
}

}  // namespace

ImportController::ImportController(QWidget* parent) : QObject(parent), m_parent(parent) {}

QString ImportController::fileFilter()
{
    QStringList patterns;
    for (const QString& format : ImporterRegistry::instance().formats())
        if (const Importer* importer = ImporterRegistry::instance().byFormat(format))
            for (const QString& ext : importer->extensions())
                patterns.append(QStringLiteral("*.") + ext);
    patterns.removeDuplicates();
    return tr("Transcripts (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

bool ImportController::askSurveyLayout(const QStringList& files, ImportOptions& options) const
{
    static const QStringList tables{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("xlsx"), QStringLiteral("ods")};
    const bool anyTable = std::any_of(files.cbegin(), files.cend(),
                                      [](const QString& f) { return tables.contains(QFileInfo(f).suffix().toLower()); });
    if (!anyTable)
        return true;
    // As thema-cli import --survey per-question|per-respondent.
    const QStringList layouts{tr("One source per question (answers as the respondents' turns)"),
                              tr("One source per respondent (questions and their answers)")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, tr("Survey tables"),
                                                 tr("A table of survey answers becomes several sources; its other columns become the "
                                                    "respondents' attributes. Tables with Start/Speaker/Text columns are transcripts "
                                                    "either way.\nHow should survey tables be split?"),
                                                 layouts, 0, false, &ok);
    if (!ok)
        return false;
    options.surveyLayout = chosen == layouts[1] ? QStringLiteral("per-respondent") : QStringLiteral("per-question");
    return true;
}

void ImportController::start(Session* session, const QStringList& files)
{
    if (m_running || !session || files.isEmpty())
        return;
    ImportOptions options;
    if (!askSurveyLayout(files, options))
        return;
    m_running = true;
    QPointer<Session> target = session;
    auto* dialog = new QProgressDialog(tr("Reading %n file(s)…", nullptr, int(files.size())), tr("Cancel"), 0,
                                       int(files.size()), m_parent);
    dialog->setWindowTitle(tr("Import"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcher<Parsed>::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Parsed>::progressTextChanged, dialog, &QProgressDialog::setLabelText);
    // Only the user's Cancel cancels: closing the dialog (which emits canceled()) once the worker has finished
    // must not throw the result away, so the connection is cut before the dialog closes.
    const QMetaObject::Connection cancel =
        connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcher<Parsed>::cancel);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, dialog, target, cancel] {
        disconnect(cancel);
        const bool cancelled = watcher->isCanceled();
        m_running = false;
        dialog->close();
        watcher->deleteLater();
        if (cancelled || !target) {
            emit finished(0, {}, true);
            return;
        }
        QList<SourceDraft> drafts;
        QStringList failures;
        for (const Parsed& p : watcher->future().results()) {
            if (p.error.isEmpty())
                drafts.append(p.drafts);
            else
                failures.append(p.error);
        }
        int imported = 0;
        QStringList interviewers;
        if (!drafts.isEmpty()) {
            auto* command = new ImportSources(*target, drafts);
            if (target->push(command)) {  // the undo stack owns the command now; it stays alive
                imported = int(drafts.size());
                interviewers = interviewerLines(command->results());
            }
        }
        if (!failures.isEmpty() || !interviewers.isEmpty()) {
            // Not exec(): the report stays open beside the window (and does not stall the offscreen tests).
            auto* report = new ImportReport(imported, failures, interviewers, m_parent);
            report->setAttribute(Qt::WA_DeleteOnClose);
            connect(report, &ImportReport::participantsRequested, this, &ImportController::participantsRequested);
            report->show();
        }
        emit finished(imported, failures, false);
    });
    watcher->setFuture(QtConcurrent::run([files, options](QPromise<Parsed>& promise) {
        promise.setProgressRange(0, int(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(i, tr("Reading %1…").arg(QFileInfo(files[i]).fileName()));
            Parsed parsed;
            try {
                parsed.drafts = ImporterRegistry::instance().readSources(files[i], options);
            } catch (const Error& e) {
                parsed.error = e.message();
            } catch (const std::exception& e) {  // e.g. out of memory on a huge file: report it, keep the batch
                parsed.error = tr("%1: cannot be read (%2)").arg(files[i], QString::fromLocal8Bit(e.what()));
            }
            promise.addResult(parsed);
        }
        promise.setProgressValue(int(files.size()));
    }));
}

}  // namespace thema
