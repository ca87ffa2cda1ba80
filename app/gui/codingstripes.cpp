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

int CodingStripes::preferredWidth() const
{
    return 4 + columnWidth() * columnCount() + fontMetrics().averageCharWidth() * 22;
}

bool CodingStripes::showingCoders() const
{
    return m_view->m_session && m_view->m_session->showOtherCoders();
}

QList<QRectF> CodingStripes::labelRects(const QList<Stripe>& stripes) const
{
    const QFontMetricsF fm(font());
    const qreal left = 4 + columnWidth() * columnCount() + 2;
    QList<QRectF> rects;
    qreal nextFree = -1e9;
    for (const Stripe& s : stripes) {  // ordered by start, so by top
        if (s.column >= columnCount() || s.bottom < 0) {
            rects.append(QRectF());
            continue;
        }
        const qreal y = std::max({s.top, nextFree, 0.0});
        rects.append(QRectF(left, y, width() - left - 2, fm.height()));
        nextFree = y + fm.height();
    }
    return rects;
}

void CodingStripes::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
    const QList<Stripe> stripes = m_view->stripes();
    const QList<QRectF> labels = labelRects(stripes);
    const TranscriptData& data = m_view->data();
    const bool coders = showingCoders();
    const QFontMetrics fm = fontMetrics();
    int hidden = 0;
    for (int i = 0; i < stripes.size(); ++i) {
        const Stripe& s = stripes[i];
        if (s.column >= columnCount()) {
            ++hidden;
            continue;
        }
        const qreal top = std::max<qreal>(s.top, -4);
        const qreal bottom = std::min<qreal>(s.bottom, height() + 4);
        const qreal x = 4 + s.column * columnWidth();
        const bool active = s.coding.id == m_view->activeCoding();
        const QColor color = data.codeColor(s.coding.code);
        p.fillRect(QRectF(x, top + 1, coders ? 3 : 5, bottom - top - 2), color);
        if (coders)
            p.fillRect(QRectF(x + 3, top + 1, 2, bottom - top - 2), data.coderColor(s.coding.coder));
        if (active)
            p.fillRect(QRectF(x - 1, top + 1, 7, bottom - top - 2), color);
        if (labels[i].isNull() || labels[i].top() > height())
            continue;
        // The code's name gives way to what follows it: the coder's name and the memo marker are never elided.
        QString tail;
        if (coders)
            tail += QStringLiteral(" · ") + data.coderName(s.coding.coder);
        if (!s.coding.memo.isEmpty())
            tail += QStringLiteral(" ✎");
        const int room = std::max(0, int(labels[i].width()) - fm.horizontalAdvance(tail));
        const QString name = fm.elidedText(data.codeName(s.coding.code), Qt::ElideRight, room) + tail;
        // A short tick joins the name to its stripe when collisions pushed the name down.
        p.setPen(color);
        p.drawLine(QPointF(x + 5, labels[i].center().y()), QPointF(labels[i].left() - 1, labels[i].center().y()));
        QFont f = font();
        f.setBold(active);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(labels[i], Qt::AlignLeft | Qt::AlignVCenter, name);
        if (!s.coding.memo.isEmpty())  // a memo marker on the stripe itself, where the memo is
            p.fillRect(QRectF(x - 1, top + 1, 7, 5), QColor(0xf2, 0xb7, 0x05));
    }
    if (hidden) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.setFont(font());
        p.drawText(rect().adjusted(2, 2, -4, -2), Qt::AlignRight | Qt::AlignBottom, tr("+%1 more").arg(hidden));
    }
}

const Stripe* CodingStripes::stripeAt(const QList<Stripe>& stripes, const QPoint& pos) const
{
    const QList<QRectF> labels = labelRects(stripes);
    for (int i = 0; i < stripes.size(); ++i)
        if (labels[i].contains(pos))
            return &stripes[i];
    const int column = (pos.x() - 4) / columnWidth();
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
    const ShownCoding coding = s->coding;
    m_view->setActiveCoding(coding.id);
    QMenu menu(this);
    m_view->addCodingActions(&menu, coding);
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
