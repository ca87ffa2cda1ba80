#pragma once

#include "maplayout.h"

#include <QPointer>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;

namespace thema {

class MapNode;
class Session;

/**
 * The thematic map: themes → subthemes → codes as a graph (QGraphicsView), laid out automatically (MapGraph) and
 * movable by hand. Hand-placed positions are kept in the project (setting "gui.themeMap.positions", JSON of
 * key → [x, y]), so the map looks the same next time; "Auto layout" forgets them. Exports SVG and PNG.
 * Rebuilt (queued) when themes or codes change.
 */
class ThemeMap : public QWidget {
    Q_OBJECT
public:
    static QString positionsKey() { return QStringLiteral("gui.themeMap.positions"); }

    explicit ThemeMap(QWidget* parent = nullptr);
    void setSession(Session* session);

    QGraphicsScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    /** The node for "t:<guid>" / "c:<guid>", or nullptr. */
    MapNode* node(const QString& key) const;
    const MapGraph& graph() const { return m_graph; }

public slots:
    void rebuild();
    /** Forgets hand-placed positions and lays the map out again. */
    void autoLayout();
    /** Stores every node's position in the project. */
    void savePositions();
    bool exportSvg(const QString& path) const;
    bool exportPng(const QString& path) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void exportDialog();
    void fit();

    QPointer<Session> m_session;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    MapGraph m_graph;
    QHash<QString, MapNode*> m_nodes;
    bool m_fit = true;  ///< keep the whole map in view until the user zooms
};

}  // namespace thema
