#include "codingstripes.h"

#include "session.h"
#include "transcriptview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace thema {

CodingStripes::CodingStripes(TranscriptView* view) : QWidget(view), m_view(view)
{
    setMouseTracking(true);
}

int CodingStripes::columnWidth() const
{
    return fontMetrics().height() + 6;
}

int CodingStripes::preferredWidth() const
{
    return columnWidth() * columnCount() + 6;
}

void CodingStripes::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
    const QList<Stripe> stripes = m_view->stripes();
    const TranscriptData& data = m_view->data();
    const bool coders = m_view->m_session && m_view->m_session->showOtherCoders() && data.codings().size() > 0;
    const QFontMetrics fm = fontMetrics();
    const int colW = columnWidth();
    int hidden = 0;
    for (const Stripe& s : stripes) {
        if (s.column >= columnCount()) {
            ++hidden;
            continue;
        }
        const qreal top = std::max<qreal>(s.top, -4);
        const qreal bottom = std::min<qreal>(s.bottom, height() + 4);
        const qreal x = 6 + s.column * colW;
        const bool active = s.coding.id == m_view->activeCoding();
        const QColor color = data.codeColor(s.coding.code);
        p.fillRect(QRectF(x, top + 1, active ? 6 : 4, bottom - top - 2), color);
        if (coders)
            p.fillRect(QRectF(x + (active ? 7 : 5), top + 1, 2, bottom - top - 2), data.coderColor(s.coding.coder));
        // The name runs down beside the stripe, from its top.
        const qreal room = bottom - std::max<qreal>(top, 0) - 6;
        if (room < fm.height() * 1.5)
            continue;
        QString name = data.codeName(s.coding.code);
        if (coders)
            name += QStringLiteral(" · ") + data.coderName(s.coding.coder);
        const QString label = fm.elidedText(name, Qt::ElideRight, int(room));
        p.save();
        p.translate(x + 8 + fm.descent(), std::max<qreal>(top, 0) + 3);
        p.rotate(90);
        QFont f = font();
        f.setBold(active);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(0, 0), label);
        p.restore();
    }
    if (hidden) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(2, 2, -2, -2), Qt::AlignRight | Qt::AlignTop, QStringLiteral("+%1").arg(hidden));
    }
}

const Stripe* CodingStripes::stripeAt(const QList<Stripe>& stripes, const QPoint& pos) const
{
    const int column = (pos.x() - 6 + 2) / columnWidth();
    for (const Stripe& s : stripes)
        if (s.column == column && pos.y() >= s.top && pos.y() <= s.bottom)
            return &s;
    return nullptr;
}

void CodingStripes::mousePressEvent(QMouseEvent* event)
{
    const QList<Stripe> stripes = m_view->stripes();
    const Stripe* s = stripeAt(stripes, event->position().toPoint());
    if (event->button() == Qt::LeftButton)
        m_view->setActiveCoding(s ? s->coding.id : 0);
}

void CodingStripes::contextMenuEvent(QContextMenuEvent* event)
{
    const QList<Stripe> stripes = m_view->stripes();
    const Stripe* s = stripeAt(stripes, event->pos());
    if (!s)
        return;
    m_view->setActiveCoding(s->coding.id);
    QMenu menu(this);
    m_view->addCodingActions(&menu, s->coding);
    menu.exec(event->globalPos());
}

bool CodingStripes::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<Stripe> stripes = m_view->stripes();
        if (const Stripe* s = stripeAt(stripes, help->pos()))
            QToolTip::showText(help->globalPos(), m_view->describe(s->coding), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace thema
