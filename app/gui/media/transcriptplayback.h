#pragma once

#include <QObject>
#include <QPointer>

namespace thema {

class MediaController;
class TranscriptView;

/**
 * Ties the player to the transcript: a click on a speaker's name in the gutter, a Ctrl+click in the text, or a coding
 * picked (in the stripes or in Coded segments) plays from that turn's time; while the recording plays, the
 * current turn is highlighted and scrolled into view. The view itself knows nothing of recordings.
 */
class TranscriptPlayback : public QObject {
    Q_OBJECT
public:
    TranscriptPlayback(MediaController* controller, TranscriptView* view, QObject* parent = nullptr);

    /** Plays from the turn at the transcript's cursor. */
    bool playFromCursor();
    /** Sets the time of the turn at the transcript's cursor from the player (an undo command). */
    bool setTimeAtCursor();
    /** Plays from the coding's start (what picking a coding does). */
    bool playCoding(qint64 coding);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void highlight(int turn);
    qint64 codePointAt(int pos16) const;

    MediaController* m_controller;
    QPointer<TranscriptView> m_view;
    QObject* m_gutter = nullptr;
};

}  // namespace thema
