#include "mapnode.h"

#include "mapedge.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace thema {
namespace {

QColor statusColor(ThemeStatus s)
{
    switch (s) {
    case ThemeStatus::Candidate: return QColor(0x90, 0x90, 0x90);
    case ThemeStatus::Reviewed: return QColor(0xe0, 0xa0, 0x30);
    case ThemeStatus::Final: return QColor(0x40, 0xa0, 0x50);
    }
    return Qt::gray;
}

QFont nodeFont(const MapNodeSpec& spec)
{
    QFont f;
    f.setPointSizeF(spec.code ? 8.5 : (spec.level == 0 ? 11 : 9.5));
    f.setBold(!spec.code);
    return f;
}

}  // namespace

MapNode::MapNode(const MapNodeSpec& spec) : m_spec(spec)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setCursor(Qt::OpenHandCursor);
    setToolTip(spec.code ? tr("Code: %1").arg(spec.label) : tr("%1 (%2)").arg(spec.label, themeStatusName(spec.status)));
    const double maxWidth = spec.code ? 130 : 180;
    const QRectF text = QFontMetricsF(nodeFont(spec)).boundingRect(QRectF(0, 0, maxWidth, 200), Qt::TextWordWrap | Qt::AlignCenter, spec.label);
    const double w = std::max(text.width(), 40.0) + 16 + (spec.code ? 10 : 0);
    const double h = text.height() + 10;
    m_rect = QRectF(-w / 2, -h / 2, w, h);
    setZValue(1);
}

QRectF MapNode::boundingRect() const { return m_rect.adjusted(-2, -2, 2, 2); }

void MapNode::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_spec.code ? QColor(0xfa, 0xfa, 0xfa) : (m_spec.level == 0 ? QColor(0xe8, 0xf0, 0xfb) : QColor(0xf1, 0xf5, 0xfb));
    QPen pen(m_spec.code ? QColor(0xa0, 0xa0, 0xa0) : statusColor(m_spec.status), m_spec.code ? 1 : 2);
    if (isSelected())
        pen = QPen(QColor(0x30, 0x70, 0xd0), 3);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, m_spec.code ? 4 : 10, m_spec.code ? 4 : 10);
    QRectF textRect = m_rect.adjusted(8, 5, -8, -5);
    if (m_spec.code) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(m_spec.color));
        painter->drawRect(QRectF(m_rect.left() + 4, m_rect.top() + 4, 6, m_rect.height() - 8));
        textRect.adjust(8, 0, 0, 0);
    }
    painter->setPen(Qt::black);
    painter->setFont(nodeFont(m_spec));
    painter->drawText(textRect, Qt::TextWordWrap | Qt::AlignCenter, m_spec.label);
}

QVariant MapNode::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        for (MapEdge* e : m_edges)
            e->adjust();
    return QGraphicsObject::itemChange(change, value);
}

void MapNode::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    emit released();
}

}  // namespace thema
