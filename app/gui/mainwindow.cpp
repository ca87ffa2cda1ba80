#include "mainwindow.h"

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "codedetails.h"
#include "codedsegmentspanel.h"
#include "codingactions.h"
#include "externalchanges.h"
#include "importcontroller.h"
#include "gui/media/mediacontroller.h"
#include "gui/media/mediapanel.h"
#include "gui/media/recordingmenu.h"
#include "gui/media/transcriptplayback.h"
#include "model/error.h"
#include "recentprojects.h"
#include "session.h"
#include "sourcespanel.h"
#include "store/postgres/teamurl.h"
#include "store/projectstore.h"
#include "team/teamclient.h"
#include "transcriptview.h"
#include "welcomepage.h"
#include "themes/analysistabs.h"

#include <algorithm>

#include <QCloseEvent>
#include <QGuiApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>

#include <QVBoxLayout>
namespace thema {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_stack(new QStackedWidget), m_welcome(new WelcomePage), m_tabs(new QTabWidget),
      m_transcript(new TranscriptView), m_import(new ImportController(this)),
      m_external(new ExternalChanges(this)), m_coder(new QComboBox)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actions = new CodingActions(m_transcript, this);
    m_codebook = new CodebookPanel(m_actions);
    m_details = new CodeDetails;
    m_segments = new CodedSegmentsPanel;
    m_sources = new SourcesPanel;
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAcceptDrops(false);  // dropped files go to the window, which imports them
    m_media = new MediaController(this);
    m_mediaPanel = new MediaPanel(m_media);
    m_playback = new TranscriptPlayback(m_media, m_transcript, this);
    connect(m_mediaPanel, &MediaPanel::setTurnTimeRequested, m_playback, &TranscriptPlayback::setTimeAtCursor);
    installRecordingMenu(m_sources->view(), m_sources->model(), m_media);
    m_tabs->addTab(m_transcript, tr("Transcript"));
    m_tabs->setDocumentMode(true);
    // A long source name on the first tab pushed Charts and Reliability behind scroll arrows at 1280 px: the tabs
    // share the width instead, the source's tab shortened in the middle (its whole name in the tooltip).
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_tabs->setUsesScrollButtons(false);
    m_mediaPanel->showOnlyWith(m_tabs, m_transcript);  // the player strip: on the transcript of a recorded source only
    m_analysis = new AnalysisTabs(m_tabs, this);  // theme board, map, review, search, reliability, charts
    connect(m_analysis, &AnalysisTabs::openInContext, this, [this](Id source, const Span& span) {
        openSource(source);
        m_tabs->setCurrentIndex(0);
        m_transcript->selectSpan(span);
        m_transcript->setFocus();
    });
    m_stack->addWidget(m_welcome);
    // The recording's player sits under the transcript (and the analysis tabs), outside the tab widget.
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(m_mediaPanel);
    m_stack->addWidget(central);
    setCentralWidget(m_stack);
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_team = new TeamClient(this, statusBar(), m_external);
    connect(m_team, &TeamClient::openRequested, this, &MainWindow::openProject);
    connect(m_team, &TeamClient::message, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    createActions();
    createDocks();
    createMenus();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::openTeamRequested, this, [this] { m_team->showOpenDialog(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openProject);
    connect(m_sources, &SourcesPanel::sourceActivated, this, [this](Id source) {
        openSource(source);
        showTranscript();
    });
    connect(m_codebook, &CodebookPanel::codeSelected, m_details, &CodeDetails::showCode);
    connect(m_codebook, &CodebookPanel::codeSelected, m_segments, &CodedSegmentsPanel::showCode);
    connect(m_details, &CodeDetails::colorRequested, m_codebook, &CodebookPanel::recolor);
    connect(m_details, &CodeDetails::memoRequested, m_codebook, &CodebookPanel::editMemo);
    connect(m_segments, &CodedSegmentsPanel::jumpRequested, this, [this](Id source, const Span& span, Id coding) {
        openSource(source);
        showTranscript();
        m_transcript->selectSpan(span);
        m_transcript->setActiveCoding(coding);
        m_transcript->setFocus();
    });
    connect(m_external, &ExternalChanges::changed, this, [this](const QStringList& members) {
        // A team project's change log says who: "Maria changed the project", "Maria and Sam changed the project".
        statusBar()->showMessage(members.isEmpty()
                                     ? tr("Another program changed the project; the views show its changes.")
                                     : tr("%1 changed the project; the views show the changes.").arg(QLocale().createSeparatedList(members)),
                                 5000);
    });
    connect(m_actions, &CodingActions::status, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_import, &ImportController::participantsRequested, this, [this] { action(QStringLiteral("participants"))->trigger(); });
    connect(m_import, &ImportController::finished, this, [this](int imported, const QStringList& failures, bool cancelled) {
        if (cancelled)
            statusBar()->showMessage(tr("Import cancelled; nothing was added."), 5000);
        else if (imported)
            statusBar()->showMessage(tr("Imported %n source(s).", nullptr, imported), 5000);
        else if (!failures.isEmpty())
            statusBar()->showMessage(tr("Nothing was imported."), 5000);
    });
    connect(m_coder, &QComboBox::activated, this, [this] {
        if (!m_session)
            return;
        const Id id = m_coder->currentData().toLongLong();
        if (id) {
            m_session->setCoder(id);
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New coder"), tr("Coder's name:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty()) {
            try {
                m_session->setCoder(m_session->store().ensureCoder(name));
            } catch (const Error& e) {
                showError(e.message());
            }
        }
        refreshCoders();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            // An open project needs about 1,150 x 670; on a laptop screen a window of 85% grew past the bottom edge
            // (status bar gone) when the project opened, so there the first run starts maximized.
            const QSize avail = screen->availableSize();
            if (avail.width() < 1500 || avail.height() < 950)
                setWindowState(windowState() | Qt::WindowMaximized);
            else
                resize(avail * 0.85);
        }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const int size = settings.value(QStringLiteral("transcript/fontSize")).toInt(); size > 0) {
        QFont f = m_transcript->font();
        f.setPointSize(size);
        m_transcript->setFont(f);
    }
    setProjectUiEnabled(false);
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeProject();
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& name, const QString& title, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    dock(QStringLiteral("sourcesDock"), tr("Sources"), m_sources, Qt::LeftDockWidgetArea);
    dock(QStringLiteral("codebookDock"), tr("Codebook"), m_codebook, Qt::RightDockWidgetArea);
    QDockWidget* segments = dock(QStringLiteral("segmentsDock"), tr("Coded segments"), m_segments, Qt::BottomDockWidgetArea);
    // The description editor's four fields are tall; scrolling them keeps its minimum height from taking the
    // bottom dock area (which it shares with the coded segments) away from the transcript.
    auto* detailsScroll = new QScrollArea;
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget* details = dock(QStringLiteral("codeDetailsDock"), tr("Code description"), detailsScroll, Qt::BottomDockWidgetArea);
    tabifyDockWidget(segments, details);
    segments->raise();
    resizeDocks({m_docks[0], m_docks[1]}, {240, 340}, Qt::Horizontal);
    resizeDocks({segments}, {230}, Qt::Vertical);
    // Small screens (1280 × 720): the central tabs and the media strip ask for their full width and would squeeze the
    // side panels to a sliver ("Code…", "Fi…"); the panels keep a readable minimum and the tabs scroll instead.
    const int ch = fontMetrics().averageCharWidth();
    m_docks[0]->setMinimumWidth(22 * ch);
    m_docks[1]->setMinimumWidth(30 * ch);
    // The codebook asks for more with each coder's count column (CodebookPanel::keepNamesReadable); a dock's own
    // minimum overrides its content's, so it follows here.
    connect(m_codebook->model(), &QAbstractItemModel::modelReset, this,
            [this, ch] { m_docks[1]->setMinimumWidth(std::max(30 * ch, m_codebook->minimumWidth())); });
}

void MainWindow::setProjectUiEnabled(bool enabled)
{
    m_stack->setCurrentIndex(enabled ? 1 : 0);
    for (QDockWidget* d : m_docks)
        d->setVisible(enabled);
    for (const QString& name : {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("close"), QStringLiteral("codeSelection"),
                                QStringLiteral("inVivo"), QStringLiteral("participants"), QStringLiteral("sourceMemo"),
                                QStringLiteral("newCode"), QStringLiteral("saveCopy"), QStringLiteral("find"),
                                QStringLiteral("memos")})
        if (QAction* a = action(name))
            a->setEnabled(enabled);
    m_coder->setEnabled(enabled);
    if (!enabled)
        m_welcome->refresh();
}

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<ProjectStore> store;
    try {
        store = ProjectStore::open(path);
    } catch (const Error& e) {
        if (team::isTeamLocation(path)) {  // the server's problem, in the dialog that keeps the address
            statusBar()->showMessage(e.message(), 10000);
            m_team->showOpenDialog(path, e.message());
            return false;
        }
        recent::remove(path);
        showError(e.message());
        return false;
    }
    closeProject();
    m_session = std::make_unique<Session>(std::move(store));
    Session* s = m_session.get();
    connect(s, &Session::error, this, &MainWindow::showError);
    connect(s, &Session::coderChanged, this, &MainWindow::refreshCoders);
    connect(&s->store(), &ProjectStore::codersChanged, this, &MainWindow::refreshCoders);
    connect(s->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    action(QStringLiteral("undo"))->setEnabled(false);
    connect(s->undoStack(), &QUndoStack::canUndoChanged, action(QStringLiteral("undo")), &QAction::setEnabled);
    connect(s->undoStack(), &QUndoStack::canRedoChanged, action(QStringLiteral("redo")), &QAction::setEnabled);
    // The text stays short for the toolbar; what would be undone shows as the tooltip and in the status bar.
    connect(s->undoStack(), &QUndoStack::undoTextChanged, this, [this](const QString& t) {
        action(QStringLiteral("undo"))->setToolTip(t.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(t));
        action(QStringLiteral("undo"))->setStatusTip(action(QStringLiteral("undo"))->toolTip());
    });
    connect(s->undoStack(), &QUndoStack::redoTextChanged, this, [this](const QString& t) {
        action(QStringLiteral("redo"))->setToolTip(t.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(t));
        action(QStringLiteral("redo"))->setStatusTip(action(QStringLiteral("redo"))->toolTip());
    });
    connect(s, &Session::recentCodesChanged, this, [this] {
        const QList<Id> recent = m_session->recentCodes();
        for (int i = 0; i < 9; ++i) {
            QAction* a = action(QStringLiteral("recent%1").arg(i + 1));
            const auto code = i < recent.size() ? m_session->store().code(recent[i]) : std::nullopt;
            a->setText(code ? tr("&%1 %2").arg(i + 1).arg(code->path) : tr("%1 (none yet)").arg(i + 1));
            a->setEnabled(code.has_value());
        }
    });
    m_transcript->setSession(s);
    m_actions->setSession(s);
    m_codebook->setSession(s);
    m_media->setSession(s);
    m_details->setSession(s);
    m_segments->setSession(s);
    m_sources->setSession(s);
    m_analysis->setSession(s);
    m_external->setSession(s);
    m_team->setSession(s);
    action(QStringLiteral("showOthers"))->setChecked(s->showOtherCoders());
    recent::add(path);
    refreshRecent();
    setProjectUiEnabled(true);
    if (!restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray())) {
        // First run: the transcript gets most of the height; retrieval a strip below it.
        QTimer::singleShot(150, this, [this] {
            // At most a quarter of the height, and no more than 230 px on a small screen: the transcript comes first.
            const int strip = qMin(height() / 4, 230);
            resizeDocks({m_docks[2], m_docks[3]}, {strip, strip}, Qt::Vertical);
            resizeDocks({m_docks[0], m_docks[1]}, {width() / 6, width() / 4}, Qt::Horizontal);
        });
    }
    chooseCoder(true);
    refreshCoders();
    const Id last = QSettings().value(QStringLiteral("projects/%1/source").arg(qHash(path), 0, 16)).toLongLong();
    const QList<Source> all = s->store().sources();
    if (s->store().source(last))
        openSource(last);
    else if (!all.isEmpty())
        openSource(all.first().id);
    updateTitle();
    return true;
}

void MainWindow::closeProject()
{
    if (!m_session)
        return;
    m_details->commit();
    m_transcript->setSession(nullptr);
    m_actions->setSession(nullptr);
    m_codebook->setSession(nullptr);
    m_details->setSession(nullptr);
    m_segments->setSession(nullptr);
    m_media->setSession(nullptr);
    m_sources->setSession(nullptr);
    m_analysis->setSession(nullptr);
    m_external->setSession(nullptr);
    m_team->setSession(nullptr);
    m_session.reset();
    m_coder->clear();
    m_tabs->setTabText(0, tr("Transcript"));  // not the closed project's source name
    m_tabs->setTabToolTip(0, {});
    setProjectUiEnabled(false);
    updateTitle();
}

void MainWindow::openSource(Id source)
{
    if (!m_session)
        return;
    m_transcript->openSource(source);
    m_sources->selectSource(source);
    QSettings().setValue(QStringLiteral("projects/%1/source").arg(qHash(m_session->store().path()), 0, 16), source);
    if (const auto s = m_session->store().source(source)) {
        m_tabs->setTabText(0, s->name);
        m_tabs->setTabToolTip(0, s->name);
    }
    m_media->openSource(source);
}

void MainWindow::showTranscript()
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_transcript));
}

void MainWindow::chooseCoder(bool ask)
{
    if (!m_session)
        return;
    if (m_team->active()) {  // a member codes as the coder the server lets them write (a reader: none)
        if (const Id own = m_team->ownCoder())
            m_session->setCoder(own);
        return;
    }
    ProjectStore& store = m_session->store();
    Id coder = m_session->rememberedCoder();
    if (!coder)
        if (const auto c = store.coderByName(QSettings().value(QStringLiteral("coding/lastCoder")).toString()))
            coder = c->id;
    if (!coder && ask) {
        // Only this project's coders (never a remembered name from another project); none yet: the user's login.
        QStringList names;
        for (const Coder& c : store.coders())
            if (!c.consensus)
                names.append(c.name);
        if (names.isEmpty() && !qEnvironmentVariable("USER").isEmpty())
            names.append(qEnvironmentVariable("USER"));
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Who is coding?"),
                                                   tr("Your codings are recorded under this coder's name. Choose one or type a new name:"),
                                                   names, 0, true, &ok).trimmed();
        if (ok && !name.isEmpty()) {
            try {
                coder = store.ensureCoder(name);
            } catch (const Error& e) {
                showError(e.message());
            }
        }
    }
    if (coder)
        m_session->setCoder(coder);
}

void MainWindow::refreshCoders()
{
    m_coder->clear();
    if (!m_session)
        return;
    for (const Coder& c : m_session->store().coders()) {
        QPixmap pm(12, 12);
        pm.fill(QColor(c.color));
        m_coder->addItem(QIcon(pm), c.name, c.id);
    }
    m_coder->addItem(tr("New coder…"), Id(0));
    m_coder->setCurrentIndex(std::max(0, m_coder->findData(m_session->coder())));
    if (!m_session->coder())
        m_coder->setCurrentIndex(-1);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("Thema"));
        return;
    }
    setWindowTitle(QStringLiteral("%1 — Thema").arg(team::displayName(m_session->store().path())));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    // Not exec(): a modal loop here would stall whatever reported the error (and the offscreen tests).
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Thema"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_details->commit();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_session)
        settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("transcript/fontSize"), m_transcript->font().pointSize());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())  // transcripts to import, or a .thema project to open
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (files.size() == 1 && files.first().endsWith(QLatin1String(".thema"))) {
        openProject(files.first());
        return;
    }
    importFiles(files);
    event->acceptProposedAction();
}

void MainWindow::importFiles(const QStringList& files)
{
    if (m_session && !files.isEmpty())
        m_import->start(m_session.get(), files);
}

}  // namespace thema
