#pragma once

#include <QGraphicsPathItem>

namespace thema {

class MapNode;

/** A line from a theme to a subtheme or code on the thematic map; follows its nodes when they move. */
class MapEdge : public QGraphicsPathItem {
public:
    MapEdge(MapNode* from, MapNode* to);
    void adjust();

private:
    MapNode* m_from;
    MapNode* m_to;
};

}  // namespace thema
