#include "gui/media/mediapanel.h"

#include "gui/media/mediacontroller.h"
#include "core/media/mediatime.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace thema {

MediaPanel::MediaPanel(MediaController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_video(new QVideoWidget), m_play(new QToolButton), m_back(new QToolButton), m_rate(new QComboBox),
      m_slider(new QSlider(Qt::Horizontal)), m_time(new QLabel), m_file(new QLabel), m_message(new QLabel)
{
    setObjectName(QStringLiteral("mediaPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    // A video's picture above the controls, at most a third of a 1280×720 window's height so the transcript keeps
    // its room; the player draws into it only for video recordings.
    m_video->setObjectName(QStringLiteral("mediaVideo"));
    m_video->setMinimumHeight(120);
    m_video->setMaximumHeight(240);
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    m_video->hide();
    layout->addWidget(m_video);
    auto* row = new QHBoxLayout;
    row->addWidget(m_play);
    row->addWidget(m_back);
    row->addWidget(m_rate);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    layout->addLayout(row);
    layout->addWidget(m_file);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("mediaMessage"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rate->addItem(tr("1×"), 1.0);
    m_rate->addItem(tr("0.75×"), 0.75);
    m_rate->addItem(tr("0.5×"), 0.5);
    m_rate->setToolTip(tr("Playback speed (F7: slower)"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));

    auto key = [this](const QString& name, const QString& text, const QKeySequence& seq) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(seq);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        m_keyActions.append(a);
        return a;
    };
    QAction* play = key(QStringLiteral("mediaPlay"), tr("Play/Pause Recording"), Qt::Key_F5);
    QAction* back = key(QStringLiteral("mediaBack"), tr("Back 5 Seconds"), Qt::Key_F6);
    QAction* slower = key(QStringLiteral("mediaSlower"), tr("Slower Playback"), Qt::Key_F7);
    QAction* setTime = key(QStringLiteral("mediaSetTurnTime"), tr("Set Turn Time from Player"), Qt::Key_F8);
    m_play->setDefaultAction(play);
    m_back->setDefaultAction(back);
    back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_play->setToolTip(tr("Play or pause (F5)"));
    m_back->setToolTip(tr("Back 5 seconds (F6)"));
    connect(play, &QAction::triggered, m_controller, &MediaController::togglePlay);
    connect(back, &QAction::triggered, m_controller, [this] { m_controller->back(); });
    connect(slower, &QAction::triggered, m_controller, &MediaController::cycleSlower);
    connect(setTime, &QAction::triggered, this, &MediaPanel::setTurnTimeRequested);
    connect(m_rate, &QComboBox::activated, this, [this] { m_controller->setRate(m_rate->currentData().toDouble()); });

    QMediaPlayer* player = m_controller->player();
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_controller->seek(m_slider->value());
    });
    connect(player, &QMediaPlayer::durationChanged, this, &MediaPanel::refresh);
    connect(m_controller, &MediaController::positionChanged, this, [this](qint64 ms) {
        if (!m_dragging)
            m_slider->setValue(int(ms));
        m_time->setText(QStringLiteral("%1 / %2").arg(mediatime::format(ms), mediatime::format(m_controller->player()->duration())));
    });
    connect(m_controller, &MediaController::mediaChanged, this, &MediaPanel::refresh);
    refresh();
}

void MediaPanel::refresh()
{
    QMediaPlayer* player = m_controller->player();
    const bool usable = !m_controller->mediaFile().isEmpty() && m_controller->playable();
    const bool playing = player->playbackState() == QMediaPlayer::PlayingState;
    for (QAction* a : m_keyActions)
        a->setEnabled(usable);
    m_rate->setEnabled(usable);
    m_slider->setEnabled(usable);
    m_play->defaultAction()->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_slider->setRange(0, int(std::max<qint64>(0, player->duration())));
    m_time->setText(QStringLiteral("%1 / %2").arg(mediatime::format(m_controller->position()), mediatime::format(player->duration())));
    const int rate = m_rate->findData(player->playbackRate());
    if (rate >= 0)
        m_rate->setCurrentIndex(rate);
    m_file->setText(m_controller->mediaFile().isEmpty() ? QString()
                                                        : tr("Recording: %1").arg(QFileInfo(m_controller->mediaFile()).fileName()));
    m_file->setToolTip(m_controller->mediaFile());
    m_file->setVisible(!m_controller->mediaFile().isEmpty());
    m_message->setText(m_controller->message());
    m_message->setVisible(!m_controller->message().isEmpty());
    // The picture only for a video that can play; the sound plays either way.
    const bool video = m_controller->isVideo() && usable;
    if (player->videoOutput() != (video ? m_video : nullptr))
        player->setVideoOutput(video ? m_video : nullptr);
    m_video->setVisible(video);
    updateVisibility();
}

void MediaPanel::showOnlyWith(QTabWidget* tabs, QWidget* page)
{
    m_tabs = tabs;
    m_page = page;
    connect(tabs, &QTabWidget::currentChanged, this, &MediaPanel::updateVisibility);
    updateVisibility();
}

void MediaPanel::updateVisibility()
{
    if (!m_tabs)
        return;
    setVisible(m_tabs->currentWidget() == m_page && !m_controller->mediaFile().isEmpty());
}

}  // namespace thema
