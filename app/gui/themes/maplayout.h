#pragma once

#include "model/entities.h"

#include <QHash>
#include <QPointF>

namespace thema {

/** A node of the thematic map: a theme, a subtheme or a code, keyed "t:<guid>" or "c:<guid>". */
struct MapNodeSpec {
    QString key;
    QString label;
    QString color;   ///< "#rrggbb": a code's colour; empty for themes
    int level = 0;   ///< 0 theme, 1 subtheme, …; codes one below the deepest theme level
    bool code = false;
    ThemeStatus status = ThemeStatus::Candidate;
};

/** The map's graph: nodes and edges (parent key → child key), with automatic positions (scene units). */
struct MapGraph {
    QList<MapNodeSpec> nodes;
    QList<QPair<QString, QString>> edges;
    QHash<QString, QPointF> positions;

    /**
     * Themes → subthemes → codes. A code linked to several themes is one node with an edge from each. Layout:
     * layered top-down by level; leaves (codes, and themes without codes) spread left to right in tree order,
     * a theme centred over its children; codes alternate between two rows so neighbouring labels do not collide.
     */
    static MapGraph build(const QList<Theme>& themes, const QList<Code>& codes);
};

}  // namespace thema
