#pragma once

#include <QWidget>

class QListWidget;

namespace thema {

/**
 * What the window shows with no project open: New, Open, Open team project, Open demo, and the recent projects
 * (files and team projects' addresses, never a password).
 */
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openTeamRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    QListWidget* m_recent;
};

}  // namespace thema
