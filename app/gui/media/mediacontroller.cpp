#include "gui/media/mediacontroller.h"

#include "core/media/mediafiles.h"
#include "core/media/mediatime.h"
#include "gui/media/setrecording.h"
#include "gui/media/setturntime.h"
#include "model/error.h"
#include "session.h"
#include "store/projectstore.h"

#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QRegularExpression>
#include <QUrl>

namespace thema {

MediaController::MediaController(QObject* parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_audio(new QAudioOutput(this))
{
    // Without any audio device (a server, a CI machine) Qt 6.4's FFmpeg backend crashes in its audio thread when a
    // sink is attached; without a sink the player still decodes, and position() keeps time where the player's clock
    // barely moves, so seeking and following work.
    if (!QMediaDevices::audioOutputs().isEmpty())
        m_player->setAudioOutput(m_audio);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString& text) {
        if (error == QMediaPlayer::NoError || m_file.isEmpty())
            return;
        m_failed = true;
        setMessage(tr("Cannot play the recording %1: %2. The transcript can still be read and coded.")
                       .arg(QDir::toNativeSeparators(m_file),
                            text.isEmpty() ? tr("the format is not supported") : QString(text).remove(QRegularExpression(QStringLiteral("[.\\s]+$")))));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia && !m_failed && !m_file.isEmpty()) {
            m_failed = true;
            setMessage(tr("Cannot play the recording %1: the file is damaged or in a format this system cannot decode. "
                          "The transcript can still be read and coded.").arg(QDir::toNativeSeparators(m_file)));
        }
        emit mediaChanged();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_ownClock = false;
        restartClock(m_player->position());
        if (state == QMediaPlayer::PlayingState)
            m_ticker.start();
        else
            m_ticker.stop();
        emit mediaChanged();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] {
        const qint64 ms = position();
        emit positionChanged(ms);
        updateCurrent(ms);
    });
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &MediaController::tick);
}

MediaController::~MediaController() = default;

Session* MediaController::session() const { return m_session; }

void MediaController::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_source = 0;
    reload();
    if (!session)
        return;
    connect(&session->store(), &ProjectStore::sourcesChanged, this, [this] {
        if (!m_session)
            return;
        if (m_source && !m_session->store().source(m_source))
            m_source = 0;
        const auto media = m_source ? m_session->store().sourceMedia(m_source) : std::nullopt;
        const QString file = media ? mediafiles::resolve(m_session->store().path(), media->path) : QString();
        if (file != m_file)
            reload();
        else
            reloadTurns();
    });
}

void MediaController::openSource(Id source)
{
    if (source == m_source)
        return;
    m_source = source;
    reload();
}

void MediaController::restartClock(qint64 ms)
{
    m_clockBase = ms;
    m_clock.restart();
    m_sinceTick.restart();
    m_lastPlayerPosition = m_player->position();
}

qint64 MediaController::position() const
{
    if (!m_ownClock || m_player->playbackState() != QMediaPlayer::PlayingState)
        return m_player->position();
    const qint64 ms = std::max(m_player->position(), m_clockBase + qint64(double(m_clock.elapsed()) * m_player->playbackRate()));
    return m_player->duration() > 0 ? std::min(ms, m_player->duration()) : ms;
}

void MediaController::tick()
{
    if (m_player->playbackState() != QMediaPlayer::PlayingState)
        return;
    const double rate = m_player->playbackRate();
    const qint64 now = m_player->position();
    const qint64 wall = m_sinceTick.restart();
    if (double(now - m_lastPlayerPosition) >= double(wall) * rate / 2) {
        m_ownClock = false;  // the player keeps time itself: follow it
        m_clockBase = now;
        m_clock.restart();
    } else if (!m_ownClock && double(m_clockBase) + double(m_clock.elapsed()) * rate - double(now) > 500) {
        // Playing, but the position barely moves: no audio sink paces the player (the machine has no sound device,
        // or it failed). The controller keeps time itself from where playback began, at the playback rate.
        m_ownClock = true;
    }
    m_lastPlayerPosition = now;
    const qint64 ms = position();
    emit positionChanged(ms);
    updateCurrent(ms);
}

bool MediaController::playable() const { return !m_file.isEmpty() && !m_failed && m_message.isEmpty(); }

void MediaController::reload()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_file.clear();
    m_video = false;
    m_ownClock = false;
    m_failed = false;
    m_message.clear();
    reloadTurns();
    if (!m_session || !m_source) {
        emit mediaChanged();
        return;
    }
    const auto media = m_session->store().sourceMedia(m_source);
    if (!media) {
        setMessage(tr("No recording is linked to this source. Link one from the source's menu in Sources (right click)."));
        return;
    }
    m_file = mediafiles::resolve(m_session->store().path(), media->path);
    m_video = media->kind == QLatin1String("video") || mediafiles::kindOf(m_file) == QLatin1String("video");
    if (!QFileInfo(m_file).isFile()) {
        setMessage(tr("The recording %1 is missing. Put the file back, or link another from the source's menu in Sources. "
                      "The transcript can still be read and coded.").arg(QDir::toNativeSeparators(m_file)));
        return;
    }
    m_player->setSource(QUrl::fromLocalFile(m_file));
    emit mediaChanged();
}

void MediaController::reloadTurns()
{
    m_turns = m_session && m_source ? m_session->store().turns(m_source) : QList<Turn>();
    updateCurrent(position());
}

void MediaController::setMessage(const QString& message)
{
    m_message = message;
    emit mediaChanged();
}

int MediaController::turnHolding(qint64 position) const
{
    for (int i = int(m_turns.size()) - 1; i >= 0; --i)
        if (m_turns[i].span.start <= position)
            return position < m_turns[i].span.end || i == m_turns.size() - 1 ? i : -1;
    return -1;
}

int MediaController::turnAt(qint64 ms) const
{
    int found = -1;
    for (int i = 0; i < m_turns.size(); ++i)
        if (m_turns[i].beginMs && *m_turns[i].beginMs <= ms)
            found = i;
    return found;
}

void MediaController::updateCurrent(qint64 ms)
{
    const int now = m_file.isEmpty() ? -1 : turnAt(ms);
    if (now != m_current) {
        m_current = now;
        emit currentTurnChanged(now);
    }
}

bool MediaController::playFrom(qint64 position)
{
    if (m_file.isEmpty() || m_failed || !QFileInfo(m_file).isFile())
        return false;
    int index = turnHolding(position);
    while (index >= 0 && !m_turns[index].beginMs)
        --index;
    if (index < 0) {
        setMessage(tr("This passage has no time in the recording. Play to it and set the turn's time (Set Turn Time)."));
        return false;
    }
    if (!m_message.isEmpty())
        setMessage({});
    playAt(*m_turns[index].beginMs);
    return true;
}

void MediaController::seek(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    m_ownClock = false;
    m_player->setPosition(ms);
    restartClock(ms);
    emit positionChanged(ms);
    updateCurrent(ms);
}

void MediaController::playAt(qint64 ms)
{
    seek(ms);
    m_player->play();
}

void MediaController::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        const qint64 at = position();
        m_player->pause();
        if (at != m_player->position())
            seek(at);  // paused where the controller's own clock was, so playing again resumes there
    } else if (!m_file.isEmpty() && !m_failed) {
        m_player->play();
    }
}

void MediaController::back(qint64 ms) { seek(position() - ms); }

void MediaController::setRate(double rate)
{
    if (m_ownClock)
        restartClock(position());  // the time played so far at the old rate
    m_player->setPlaybackRate(rate);
    emit mediaChanged();
}

void MediaController::cycleSlower()
{
    const double rate = m_player->playbackRate();
    setRate(rate > 0.9 ? 0.75 : rate > 0.6 ? 0.5 : 1.0);
}

bool MediaController::setTurnTimeFromPlayer(int index)
{
    if (!m_session || index < 0 || index >= m_turns.size() || m_file.isEmpty())
        return false;
    return m_session->push(new SetTurnTime(*m_session, m_turns[index], position()));
}

bool MediaController::linkRecording(Id source, const QString& file)
{
    if (!m_session)
        return false;
    try {
        const SourceMedia media = mediafiles::describe(m_session->store(), source, file);
        return m_session->push(new SetRecording(*m_session, source, media));
    } catch (const Error& e) {
        m_session->reportError(e.message());
        return false;
    }
}

bool MediaController::unlinkRecording(Id source)
{
    return m_session && m_session->push(new SetRecording(*m_session, source, std::nullopt));
}

}  // namespace thema
