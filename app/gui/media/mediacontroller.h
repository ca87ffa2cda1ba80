#pragma once

#include "model/entities.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAudioOutput;
class QMediaPlayer;

namespace thema {

class Session;

/**
 * The recording of the open source: loads it into a QMediaPlayer, plays from a turn's time, tells which turn is
 * playing, and makes the edits (turn time, link, unlink) as undo commands. The player panel and the transcript
 * hooks are thin views over it, so tests drive the same calls a click makes.
 *
 * Positions in the transcript are code points; times are milliseconds in the recording.
 */
class MediaController : public QObject {
    Q_OBJECT
public:
    explicit MediaController(QObject* parent = nullptr);
    ~MediaController() override;

    void setSession(Session* session);
    Session* session() const;
    /** Shows @p source's recording (stopping the one before); 0 for none. */
    void openSource(Id source);
    Id source() const { return m_source; }

    QMediaPlayer* player() const { return m_player; }
    /** The recording's absolute path; empty when the source has none. */
    QString mediaFile() const { return m_file; }
    /** True when the linked recording is a video (its picture is shown above the controls). */
    bool isVideo() const { return m_video; }
    /**
     * Where playback is, in ms: the player's position, or while the player plays but its position barely moves (no
     * audio device paces it, as on a server or a CI machine) a clock of its own that runs at the playback rate from
     * where playback began, so the highlighted turn still follows.
     */
    qint64 position() const;
    /** True when a recording is loaded and the player reported no error. */
    bool playable() const;
    /** What the player area says: no recording, the file is missing, it cannot be played; empty when all is well. */
    QString message() const { return m_message; }
    const QList<Turn>& turns() const { return m_turns; }

    /**
     * Plays from the time of the turn holding code point @p position (or the nearest timed turn before it).
     * Returns false, saying why in message(), when there is no recording or no timed turn there.
     */
    bool playFrom(qint64 position);
    /** Plays from @p ms. */
    void playAt(qint64 ms);
    /** Moves to @p ms without changing whether it plays. */
    void seek(qint64 ms);
    void togglePlay();
    /** Jumps back @p ms (5 s by default), not before the start. */
    void back(qint64 ms = 5000);
    /** Playback speed: 1.0, 0.75 or 0.5 for checking a transcript. */
    void setRate(double rate);
    /** The next slower speed (1 → 0.75 → 0.5 → 1). */
    void cycleSlower();

    /** Index in turns() of the turn playing at the player's position: the last timed turn begun by then; -1 when none. */
    int turnAt(qint64 ms) const;
    int currentTurn() const { return m_current; }
    /** The index of the turn holding code point @p position; -1 when none. */
    int turnHolding(qint64 position) const;

    /** Sets turn @p index to begin at the player's position (an undo command). */
    bool setTurnTimeFromPlayer(int index);
    /** Links @p file to the open source as its recording (an undo command); false with an error reported otherwise. */
    bool linkRecording(Id source, const QString& file);
    bool unlinkRecording(Id source);

signals:
    /** The recording, its state or message() changed. */
    void mediaChanged();
    /** The playing turn changed (index into turns(), -1 for none). */
    void currentTurnChanged(int index);
    /** position() moved (from the player or from the controller's own clock). */
    void positionChanged(qint64 ms);

private:
    void reload();
    void reloadTurns();
    void setMessage(const QString& message);
    void updateCurrent(qint64 ms);
    void restartClock(qint64 ms);
    void tick();

    QPointer<Session> m_session;
    QMediaPlayer* m_player;
    QAudioOutput* m_audio;
    Id m_source = 0;
    QString m_file;
    QString m_message;
    QList<Turn> m_turns;
    int m_current = -1;
    bool m_failed = false;
    bool m_video = false;
    // The fallback clock (see position()): started at m_clockBase ms when m_clock was (re)started.
    QTimer m_ticker;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceTick;
    qint64 m_clockBase = 0;
    qint64 m_lastPlayerPosition = 0;  ///< the player's position at the last tick
    bool m_ownClock = false;
};

}  // namespace thema
