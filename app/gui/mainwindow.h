#pragma once

#include "model/entities.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace thema {

class AnalysisTabs;
class CodebookPanel;
class CodeDetails;
class CodedSegmentsPanel;
class CodingActions;
class ExternalChanges;
class ImportController;
class MediaController;
class MediaPanel;
class TranscriptPlayback;
class Session;
class SourcesPanel;
class TeamClient;
class TranscriptView;
class WelcomePage;

/**
 * The coding desk. Without a project it shows the welcome page; with one, the transcript in the centre (a tab
 * widget, with room for search and theme boards), sources on the left, the codebook and a code's description on
 * the right, and the coded segments of the selected code below. Docks, geometry and options persist in QSettings.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path (closing any open project). Shows an error and returns false when it cannot. */
    bool openProject(const QString& path);
    void closeProject();
    void openSource(Id source);
    /** Brings the transcript tab to the front (the other tabs are the analysis panels). */
    void showTranscript();
    QTabWidget* tabs() const { return m_tabs; }
    AnalysisTabs* analysis() const { return m_analysis; }
    /** Chooses the current coder: the remembered one, else asks (when @p ask), else none. */
    void chooseCoder(bool ask);

    Session* session() const { return m_session.get(); }
    TranscriptView* transcript() const { return m_transcript; }
    CodingActions* codingActions() const { return m_actions; }
    CodebookPanel* codebook() const { return m_codebook; }
    SourcesPanel* sources() const { return m_sources; }
    CodedSegmentsPanel* segments() const { return m_segments; }
    QAction* action(const QString& name) const;
    ExternalChanges* externalChanges() const { return m_external; }
    TeamClient* team() const { return m_team; }
    MediaController* media() const { return m_media; }
    TranscriptPlayback* playback() const { return m_playback; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void newProject();
    void openProjectDialog();
    void openDemo();
    void importFiles(const QStringList& files);
    void importDialog();
    void refreshCoders();
    void refreshRecent();
    void editSourceMemo();
    void showParticipants();
    void saveCopy();
    void showHelp(const QString& page);
    void showError(const QString& message);
    void updateTitle();
    void setProjectUiEnabled(bool enabled);
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& key = {});

    std::unique_ptr<Session> m_session;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QTabWidget* m_tabs;
    AnalysisTabs* m_analysis;
    TranscriptView* m_transcript;
    CodingActions* m_actions;
    CodebookPanel* m_codebook;
    CodeDetails* m_details;
    CodedSegmentsPanel* m_segments;
    SourcesPanel* m_sources;
    ImportController* m_import;
    ExternalChanges* m_external;
    TeamClient* m_team;
    MediaController* m_media;
    MediaPanel* m_mediaPanel;
    TranscriptPlayback* m_playback;
    QComboBox* m_coder;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<QDockWidget*> m_docks;
    QHash<QString, QAction*> m_actionsByName;
};

}  // namespace thema
