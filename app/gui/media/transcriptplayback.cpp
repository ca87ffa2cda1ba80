#include "gui/media/transcriptplayback.h"

#include "gui/media/mediacontroller.h"
#include "speakergutter.h"
#include "transcriptview.h"

#include <QMediaPlayer>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace thema {

TranscriptPlayback::TranscriptPlayback(MediaController* controller, TranscriptView* view, QObject* parent)
    : QObject(parent), m_controller(controller), m_view(view)
{
    view->viewport()->installEventFilter(this);
    if (auto* gutter = view->findChild<SpeakerGutter*>()) {
        gutter->installEventFilter(this);
        m_gutter = gutter;
    }
    connect(view, &TranscriptView::codingActivated, this, [this](qint64 coding) { playCoding(coding); });
    connect(controller, &MediaController::currentTurnChanged, this, &TranscriptPlayback::highlight);
    connect(controller, &MediaController::mediaChanged, this, [this] {
        if (m_controller->mediaFile().isEmpty())
            highlight(-1);
    });
}

qint64 TranscriptPlayback::codePointAt(int pos16) const
{
    return m_view->data().toCodePoints(pos16, pos16).start;
}

bool TranscriptPlayback::playFromCursor()
{
    if (!m_view || m_view->source() != m_controller->source())
        return false;
    return m_controller->playFrom(codePointAt(m_view->textCursor().selectionStart()));
}

bool TranscriptPlayback::setTimeAtCursor()
{
    if (!m_view || m_view->source() != m_controller->source())
        return false;
    return m_controller->setTurnTimeFromPlayer(m_controller->turnHolding(codePointAt(m_view->textCursor().position())));
}

bool TranscriptPlayback::playCoding(qint64 coding)
{
    if (!m_view || m_view->source() != m_controller->source() || m_controller->mediaFile().isEmpty())
        return false;
    const ShownCoding* shown = m_view->data().codingById(coding);
    return shown && m_controller->playFrom(codePointAt(int(shown->start)));
}

bool TranscriptPlayback::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::MouseButtonRelease || !m_view || m_controller->mediaFile().isEmpty())
        return false;
    auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    QPoint at;
    if (watched == m_gutter)
        at = QPoint(1, m_view->viewport()->mapFrom(m_view, static_cast<QWidget*>(watched)->mapTo(m_view, mouse->position().toPoint())).y());
    else if (watched == m_view->viewport() && (mouse->modifiers() & Qt::ControlModifier))
        at = mouse->position().toPoint();
    else
        return false;
    m_controller->playFrom(codePointAt(m_view->cursorForPosition(at).position()));
    return false;
}

void TranscriptPlayback::highlight(int turn)
{
    if (!m_view)
        return;
    if (turn < 0 || turn >= m_controller->turns().size() || m_view->source() != m_controller->source()) {
        m_view->setExtraSelections({});
        return;
    }
    const auto [start, end] = m_view->data().toUtf16(m_controller->turns()[turn].span);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(m_view->document());
    selection.cursor.setPosition(int(start));
    selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    selection.format.setBackground(QColor(255, 236, 150));
    m_view->setExtraSelections({selection});
    // Follow the recording: bring the turn's first line into view when it is outside (scroll unit: blocks).
    if (m_controller->player()->playbackState() == QMediaPlayer::PlayingState) {
        const QTextBlock block = m_view->document()->findBlock(int(start));
        const int first = m_view->verticalScrollBar()->value();
        const int visible = std::max(1, m_view->viewport()->height() / std::max(1, m_view->fontMetrics().lineSpacing()));
        if (block.blockNumber() < first || block.blockNumber() > first + visible - 2)
            m_view->verticalScrollBar()->setValue(std::max(0, block.blockNumber() - 2));
    }
}

}  // namespace thema
