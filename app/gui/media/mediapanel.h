#pragma once

#include "model/entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTabWidget;
class QToolButton;
class QVideoWidget;

namespace thema {

class MediaController;

/**
 * The player under the transcript: a video's picture, play/pause, back 5 s, speed (1×, 0.75×, 0.5×), position, and a line that says
 * when the source has no recording, when the file is missing or cannot be played (naming it). Its actions carry the
 * keys: F5 play/pause, F6 back 5 s, F7 slower, F8 set the current turn's time from the player.
 */
class MediaPanel : public QWidget {
    Q_OBJECT
public:
    explicit MediaPanel(MediaController* controller, QWidget* parent = nullptr);
    MediaController* controller() const { return m_controller; }
    QLabel* messageLabel() const { return m_message; }
    /** Where a video's picture is shown; hidden for audio. */
    QVideoWidget* videoWidget() const { return m_video; }
    /**
     * Shows the panel only while @p page is the current tab of @p tabs and the open source has a recording linked
     * (the panel names a missing or unplayable file too); hidden otherwise, so it takes no room from other tabs.
     */
    void showOnlyWith(QTabWidget* tabs, QWidget* page);
    /** The actions with keys, for the window's menu. */
    QList<QAction*> keyActions() const { return m_keyActions; }

signals:
    /** F8: set the time of the turn at the transcript's cursor from the player. */
    void setTurnTimeRequested();

private:
    void refresh();
    void updateVisibility();

    MediaController* m_controller;
    QVideoWidget* m_video;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_page = nullptr;
    QToolButton* m_play;
    QToolButton* m_back;
    QComboBox* m_rate;
    QSlider* m_slider;
    QLabel* m_time;
    QLabel* m_file;
    QLabel* m_message;
    QList<QAction*> m_keyActions;
    bool m_dragging = false;
};

}  // namespace thema
