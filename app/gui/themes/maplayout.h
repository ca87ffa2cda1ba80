#pragma once

#include "model/entities.h"

#include <QHash>
#include <QSet>
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
     * Themes → subthemes → codes. A code linked to several themes is one node with an edge from each (placed
     * under the first theme that has it). Layout: each top-level theme is a block, its subthemes one level down
     * side by side, each theme's codes stacked in a column below it; blocks fill rows of about 1700 units.
     */
    static MapGraph build(const QList<Theme>& themes, const QList<Code>& codes);
};

}  // namespace thema
