#include "speakergutter.h"

#include "transcriptview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace thema {

SpeakerGutter::SpeakerGutter(TranscriptView* view) : QWidget(view), m_view(view) {}

void SpeakerGutter::rebuild()
{
    m_turnOfBlock.clear();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    const QList<ShownTurn>& turns = m_view->data().turns();
    QTextDocument* doc = m_view->document();
    for (int i = 0; i < turns.size(); ++i) {
        const QTextBlock block = doc->findBlock(int(turns[i].start));
        if (block.isValid() && !m_turnOfBlock.contains(block.blockNumber()))
            m_turnOfBlock.insert(block.blockNumber(), i);
        if (!turns[i].speaker.isEmpty())
            widest = std::max(widest, fm.horizontalAdvance(turns[i].speaker));
    }
    const int cap = fm.averageCharWidth() * 18;  // a first and last name ("Michael Kennedy") whole
    // Two pads and a few pixels of slack, so a short label ("id1") is never elided to "i…" by rounding.
    m_width = widest ? std::min(widest, cap) + 2 * fm.averageCharWidth() + 4 : fm.averageCharWidth();
    m_fontKey = font().key();
    update();
}

void SpeakerGutter::paintEvent(QPaintEvent*)
{
    if (font().key() != m_fontKey) {  // the transcript was zoomed or restyled after the last measure
        rebuild();
        m_view->updateMargins();
        return;  // the new geometry paints again
    }
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(width() - 1, 0, width() - 1, height());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetrics fm(bold);
    const QList<ShownTurn>& turns = m_view->data().turns();
    const QPointF offset = m_view->contentOffset();
    const int pad = fm.averageCharWidth();
    for (QTextBlock b = m_view->firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF g = m_view->blockBoundingGeometry(b).translated(offset);
        if (g.top() > height())
            break;
        const auto it = m_turnOfBlock.constFind(b.blockNumber());
        if (it == m_turnOfBlock.cend())
            continue;
        const ShownTurn& t = turns[*it];
        const QTextLine line = b.layout()->lineCount() ? b.layout()->lineAt(0) : QTextLine();
        const qreal baseline = g.top() + (line.isValid() ? line.y() + line.ascent() : fm.ascent());
        p.setPen(t.interviewer ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
        const int room = width() - 2 * pad;
        const QString label = fm.horizontalAdvance(t.speaker) <= room + 4 ? t.speaker : fm.elidedText(t.speaker, Qt::ElideRight, room);
        p.drawText(QPointF(width() - pad - fm.horizontalAdvance(label), baseline), label);
    }
}

int SpeakerGutter::turnAt(int y) const
{
    const QPointF offset = m_view->contentOffset();
    int found = -1;
    for (QTextBlock b = m_view->firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF g = m_view->blockBoundingGeometry(b).translated(offset);
        if (g.top() > y)
            break;
        if (const auto it = m_turnOfBlock.constFind(b.blockNumber()); it != m_turnOfBlock.cend())
            found = *it;
    }
    return found;
}

bool SpeakerGutter::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = turnAt(help->pos().y());
        const QList<ShownTurn>& turns = m_view->data().turns();
        if (i >= 0 && !turns[i].tooltip.isEmpty())
            QToolTip::showText(help->globalPos(), turns[i].tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace thema
