#include "mapedge.h"

#include "mapnode.h"

#include <QPainterPath>
#include <QPen>

namespace thema {

MapEdge::MapEdge(MapNode* from, MapNode* to) : m_from(from), m_to(to)
{
    setPen(QPen(to->spec().code ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x80, 0xa0), to->spec().code ? 1.2 : 2));
    setZValue(0);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void MapEdge::adjust()
{
    const QRectF f = m_from->boundingRect().translated(m_from->pos());
    const QRectF t = m_to->boundingRect().translated(m_to->pos());
    QPainterPath path;
    if (m_to->spec().code && t.left() > f.left() - 4 && t.left() < f.right() && t.top() > f.bottom()) {
        // A code stacked below its theme: an elbow from a spine at the codes' left.
        const double spine = t.left() - 10;
        path.moveTo(spine, f.bottom() - 1);
        path.lineTo(spine, t.center().y());
        path.lineTo(t.left() + 2, t.center().y());
    } else {
        // Anything else (a subtheme, a code placed under another theme): an S-curve, top-down.
        const QPointF a(f.center().x(), f.bottom() - 2);
        const QPointF b(t.center().x(), t.top() + 2);
        const double dy = (b.y() - a.y()) / 2;
        path.moveTo(a);
        path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
    }
    setPath(path);
}

}  // namespace thema
