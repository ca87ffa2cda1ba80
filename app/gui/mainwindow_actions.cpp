// MainWindow: actions, menus, toolbar, and the file-level commands behind them.
#include "mainwindow.h"

#include "codebookpanel.h"
#include "codingactions.h"
#include "commands/setmemo.h"
#include "demostudy.h"
#include "exportdialog.h"
#include "helpdialog.h"
#include "memobrowser.h"
#include "importcontroller.h"
#include "model/error.h"
#include "participantsdialog.h"
#include "recentprojects.h"
#include "store/postgres/teamurl.h"
#include "gui/search/searchpanel.h"
#include "store/projectcopy.h"
#include "themes/analysistabs.h"
#include "session.h"
#include "store/projectstore.h"
#include "team/teamclient.h"
#include "transcriptview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace thema {

QAction* MainWindow::addAction(const QString& name, const QString& text, const QKeySequence& key)
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    m_actionsByName.insert(name, a);
    QMainWindow::addAction(a);  // shortcuts work even when a menu hides the action
    return a;
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actionsByName.value(name);
}

void MainWindow::createActions()
{
    connect(addAction(QStringLiteral("new"), tr("&New Project…"), QKeySequence::New), &QAction::triggered, this, &MainWindow::newProject);
    connect(addAction(QStringLiteral("open"), tr("&Open Project…"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::openProjectDialog);
    connect(addAction(QStringLiteral("openTeam"), tr("Open &Team Project…")), &QAction::triggered, this,
            [this] { m_team->showOpenDialog(); });
    connect(addAction(QStringLiteral("demo"), tr("Open the &Demo Study")), &QAction::triggered, this, &MainWindow::openDemo);
    connect(addAction(QStringLiteral("import"), tr("&Import Transcripts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)),
            &QAction::triggered, this, &MainWindow::importDialog);
    connect(addAction(QStringLiteral("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)), &QAction::triggered,
            this, [this] {
                if (!m_session)
                    return;
                ExportDialog dialog(m_session->store(), this);
                if (dialog.exec() == QDialog::Accepted)  // the dialog closes silently: say where the file went
                    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 8000);
            });
    connect(addAction(QStringLiteral("close"), tr("&Close Project"), QKeySequence::Close), &QAction::triggered, this,
            &MainWindow::closeProject);
    connect(addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);

    QAction* undo = addAction(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo);
    QAction* redo = addAction(QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });

    QAction* code = addAction(QStringLiteral("codeSelection"), tr("&Code Selection…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    code->setToolTip(tr("Code the selected text: type a code's name, Enter applies (Ctrl+E)"));
    connect(code, &QAction::triggered, m_actions, &CodingActions::showQuickCode);
    connect(addAction(QStringLiteral("inVivo"), tr("Code &In Vivo"), QKeySequence(Qt::CTRL | Qt::Key_I)), &QAction::triggered,
            m_actions, &CodingActions::codeInVivo);
    connect(addAction(QStringLiteral("newCode"), tr("&New Code…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, [this] { m_codebook->newCode(0); });
    for (int i = 0; i < 9; ++i) {
        QAction* a = addAction(QStringLiteral("recent%1").arg(i + 1), tr("%1 (none yet)").arg(i + 1),
                               QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, i] { m_actions->applyRecent(i); });
    }
    QSettings settings;
    QAction* snap = addAction(QStringLiteral("snap"), tr("&Snap Selections to Whole Words"));
    snap->setCheckable(true);
    snap->setChecked(settings.value(QStringLiteral("coding/snapToWords"), true).toBool());
    m_transcript->setSnapToWords(snap->isChecked());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        m_transcript->setSnapToWords(on);
        QSettings().setValue(QStringLiteral("coding/snapToWords"), on);
    });
    QAction* popup = addAction(QStringLiteral("popupOnSelect"), tr("Quick-Code &Popup on Selection"));
    popup->setCheckable(true);
    popup->setChecked(settings.value(QStringLiteral("coding/popupOnSelect"), true).toBool());
    m_transcript->setPopupOnSelect(popup->isChecked());
    connect(popup, &QAction::toggled, this, [this](bool on) {
        m_transcript->setPopupOnSelect(on);
        QSettings().setValue(QStringLiteral("coding/popupOnSelect"), on);
    });
    QAction* others = addAction(QStringLiteral("showOthers"), tr("Show &Other Coders"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    others->setCheckable(true);
    others->setToolTip(tr("Off: blind coding — you see only your own codings"));
    connect(others, &QAction::toggled, this, [this](bool on) {
        if (m_session)
            m_session->setShowOtherCoders(on);
    });
    connect(addAction(QStringLiteral("participants"), tr("&Participants and Attributes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, &MainWindow::showParticipants);
    connect(addAction(QStringLiteral("sourceMemo"), tr("Source &Memo…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
            &QAction::triggered, this, &MainWindow::editSourceMemo);
    connect(addAction(QStringLiteral("memos"), tr("&Memos…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)), &QAction::triggered, this,
            [this] {
                if (!m_session)
                    return;
                auto* browser = new MemoBrowser(m_session.get(), this);
                browser->setAttribute(Qt::WA_DeleteOnClose);
                connect(browser, &MemoBrowser::openRequested, this, [this](Id source, const Span& span) {
                    openSource(source);
                    showTranscript();
                    if (!span.isEmpty())
                        m_transcript->selectSpan(span);
                });
                browser->show();
            });
    connect(addAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, m_transcript,
            [this] { m_transcript->zoomIn(1); });
    connect(addAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, m_transcript,
            [this] { m_transcript->zoomOut(1); });
    connect(addAction(QStringLiteral("filterCodes"), tr("&Filter Codes"), QKeySequence(Qt::CTRL | Qt::Key_K)), &QAction::triggered,
            this, [this] { m_codebook->filterEdit()->setFocus(); m_codebook->filterEdit()->selectAll(); });
    connect(addAction(QStringLiteral("focusText"), tr("Go to &Transcript"), QKeySequence(Qt::CTRL | Qt::Key_T)), &QAction::triggered,
            this, [this] {
                showTranscript();
                m_transcript->setFocus();
            });
    connect(addAction(QStringLiteral("find"), tr("&Search the Project…"), QKeySequence::Find), &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_tabs->setCurrentWidget(m_analysis->search());
        m_analysis->search()->queryEdit()->setFocus();
        m_analysis->search()->queryEdit()->selectAll();
    });
    connect(addAction(QStringLiteral("saveCopy"), tr("Save a &Copy As…"), QKeySequence::SaveAs), &QAction::triggered, this,
            &MainWindow::saveCopy);
    connect(addAction(QStringLiteral("helpStart"), tr("&Getting Started")), &QAction::triggered, this,
            [this] { showHelp(QStringLiteral("start")); });
    connect(addAction(QStringLiteral("helpKeys"), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents), &QAction::triggered, this,
            [this] { showHelp(QStringLiteral("keys")); });
    connect(addAction(QStringLiteral("about"), tr("&About Thema")), &QAction::triggered, this, [this] { showHelp(QStringLiteral("about")); });
    m_transcript->setSelectionActions({code, action(QStringLiteral("inVivo"))});
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("openTeam")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(action(QStringLiteral("demo")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("export")));
    file->addAction(action(QStringLiteral("saveCopy")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));
    file->addAction(action(QStringLiteral("quit")));
    refreshRecent();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));

    QMenu* coding = menuBar()->addMenu(tr("&Coding"));
    coding->addAction(action(QStringLiteral("codeSelection")));
    coding->addAction(action(QStringLiteral("inVivo")));
    coding->addAction(action(QStringLiteral("newCode")));
    QMenu* recentCodes = coding->addMenu(tr("Apply &Recent Code"));
    for (int i = 0; i < 9; ++i)
        recentCodes->addAction(action(QStringLiteral("recent%1").arg(i + 1)));
    coding->addSeparator();
    coding->addAction(action(QStringLiteral("snap")));
    coding->addAction(action(QStringLiteral("popupOnSelect")));
    coding->addAction(action(QStringLiteral("showOthers")));

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    project->addAction(action(QStringLiteral("participants")));
    project->addAction(action(QStringLiteral("sourceMemo")));
    project->addAction(action(QStringLiteral("memos")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : m_docks)
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("focusText")));
    m_viewMenu->addAction(action(QStringLiteral("find")));
    m_viewMenu->addAction(action(QStringLiteral("filterCodes")));
    m_viewMenu->addAction(action(QStringLiteral("zoomIn")));
    m_viewMenu->addAction(action(QStringLiteral("zoomOut")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("helpStart")));
    help->addAction(action(QStringLiteral("helpKeys")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(QStringLiteral("import")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("undo")));
    bar->addAction(action(QStringLiteral("redo")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("codeSelection")));
    bar->addAction(action(QStringLiteral("inVivo")));
    bar->addSeparator();
    auto* label = new QLabel(tr(" Coder: "));
    label->setBuddy(m_coder);
    bar->addWidget(label);
    m_coder->setObjectName(QStringLiteral("coderCombo"));
    m_coder->setMinimumContentsLength(10);
    m_coder->setToolTip(tr("Who is coding now; your codings are recorded under this name"));
    bar->addWidget(m_coder);
    bar->addAction(action(QStringLiteral("showOthers")));
}

void MainWindow::refreshRecent()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList list = recent::projects();
    for (const QString& path : list)
        m_recentMenu->addAction(team::displayName(path), this, [this, path] { openProject(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::newProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A name to start from (the dialog's name field was empty, so a bare Save did nothing).
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), QDir(dir).filePath(QStringLiteral("study.thema")),
                                                tr("Thema projects (*.thema)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".thema")))
        path += QStringLiteral(".thema");
    try {
        if (QFileInfo::exists(path))
            throw Error(tr("%1 exists already; choose another name or open it").arg(path));
        ProjectStore::create(path);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    openProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("Thema projects (*.thema)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    const QString path = dir + QStringLiteral("/demo.thema");
    if (!QFileInfo::exists(path)) {
        try {
            QDir().mkpath(dir);
            DemoStudy::build(DemoStudy::defaultSamplesDir(), path);
        } catch (const Error& e) {
            showError(e.message());
            return;
        }
    }
    openProject(path);
}

void MainWindow::importDialog()
{
    if (!m_session)
        return;
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import transcripts"),
                                                            settings.value(QStringLiteral("import/dir")).toString(),
                                                            ImportController::fileFilter());
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/dir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::editSourceMemo()
{
    if (!m_session || !m_transcript->source())
        return;
    const Id source = m_transcript->source();
    const QList<Memo> memos = m_session->store().memosFor(MemoTarget::Source, source);
    const QString old = memos.isEmpty() ? QString() : memos.first().text;
    const auto s = m_session->store().source(source);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Source memo"), tr("Memo on \"%1\":").arg(s ? s->name : QString()),
                                                        old, &ok);
    if (ok && text != old) {
        const auto coder = m_session->store().coder(m_session->coder());
        m_session->push(new SetMemo(*m_session, MemoTarget::Source, source, s ? s->name : QString(), text,
                                    coder ? coder->name : QString()));
    }
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QFileInfo current(m_session->store().path());
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the project"),
                                                current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
                                                    tr(" copy") + QStringLiteral(".thema"),
                                                tr("Thema projects (*.thema)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".thema")))
        path += QStringLiteral(".thema");
    try {
        backupProject(m_session->store(), path);  // the open project stays open; the copy is a snapshot
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1; you keep working in %2.").arg(path, current.fileName()), 8000);
}

void MainWindow::showHelp(const QString& page)
{
    auto* dialog = new HelpDialog(page, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showParticipants()
{
    if (!m_session)
        return;
    ParticipantsDialog dialog(m_session.get(), this);
    dialog.exec();
}

}  // namespace thema
