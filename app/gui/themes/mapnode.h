#pragma once

#include "maplayout.h"

#include <QGraphicsObject>

namespace thema {

class MapEdge;

/**
 * A box on the thematic map: a theme (bold, status-coloured border), a subtheme, or a code (its colour as a
 * swatch). Movable by hand; its edges follow. Positions are the box's centre in scene units.
 */
class MapNode : public QGraphicsObject {
    Q_OBJECT
public:
    explicit MapNode(const MapNodeSpec& spec);

    const MapNodeSpec& spec() const { return m_spec; }
    void addEdge(MapEdge* edge) { m_edges.append(edge); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

signals:
    void released();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    MapNodeSpec m_spec;
    QRectF m_rect;
    QList<MapEdge*> m_edges;
};

}  // namespace thema
