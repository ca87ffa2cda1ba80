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
    // A vertical S-curve from the bottom of the parent to the top of the child.
    const QPointF a = m_from->pos() + QPointF(0, m_from->boundingRect().bottom() - 2);
    const QPointF b = m_to->pos() + QPointF(0, m_to->boundingRect().top() + 2);
    const double dy = (b.y() - a.y()) / 2;
    QPainterPath path(a);
    path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
    setPath(path);
}

}  // namespace thema
