#include "thememap.h"

#include "mapedge.h"
#include "mapnode.h"

#include "model/error.h"
#include "session.h"
#include "store/projectstore.h"

#include <QFileDialog>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace thema {
namespace {

/** Ctrl+wheel zooms. */
class ZoomView : public QGraphicsView {
public:
    using QGraphicsView::QGraphicsView;

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QGraphicsView::wheelEvent(event);
            return;
        }
        const double f = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(f, f);
    }
};

}  // namespace

ThemeMap::ThemeMap(QWidget* parent) : QWidget(parent), m_scene(new QGraphicsScene(this)), m_view(new ZoomView(m_scene))
{
    setObjectName(QStringLiteral("themeMap"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setBackgroundBrush(Qt::white);
    auto* bar = new QToolBar;
    bar->addAction(tr("Auto layout"), this, &ThemeMap::autoLayout);
    bar->addAction(tr("Fit"), this, [this] {
        m_fit = true;
        fit();
    });
    bar->addAction(tr("Zoom in"), this, [this] {
        m_fit = false;
        m_view->scale(1.2, 1.2);
    });
    bar->addAction(tr("Zoom out"), this, [this] {
        m_fit = false;
        m_view->scale(1 / 1.2, 1 / 1.2);
    });
    bar->addAction(tr("Export…"), this, &ThemeMap::exportDialog);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
}

void ThemeMap::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(&session->store(), &ProjectStore::themesChanged, this, &ThemeMap::rebuild, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::codesChanged, this, &ThemeMap::rebuild, Qt::QueuedConnection);
    }
    rebuild();
}

MapNode* ThemeMap::node(const QString& key) const { return m_nodes.value(key); }

void ThemeMap::rebuild()
{
    m_scene->clear();
    m_nodes.clear();
    m_graph = {};
    if (!m_session)
        return;
    const ProjectStore& store = m_session->store();
    m_graph = MapGraph::build(store.themes(), store.codes());
    const QJsonObject saved = QJsonDocument::fromJson(store.setting(positionsKey()).toUtf8()).object();
    for (const MapNodeSpec& spec : m_graph.nodes) {
        auto* n = new MapNode(spec);
        QPointF pos = m_graph.positions.value(spec.key);
        if (const QJsonArray a = saved.value(spec.key).toArray(); a.size() == 2)
            pos = QPointF(a[0].toDouble(), a[1].toDouble());
        n->setPos(pos);
        m_scene->addItem(n);
        m_nodes.insert(spec.key, n);
        connect(n, &MapNode::released, this, &ThemeMap::savePositions);
    }
    for (const auto& [from, to] : m_graph.edges)
        if (m_nodes.contains(from) && m_nodes.contains(to))
            m_scene->addItem(new MapEdge(m_nodes[from], m_nodes[to]));
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    if (m_fit)
        fit();
}

void ThemeMap::fit()
{
    if (m_scene->items().isEmpty())
        return;
    const QRectF all = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    m_view->fitInView(all, Qt::KeepAspectRatio);
    if (m_view->transform().m11() > 1.0) {  // fit shrinks a big map, never blows up a small one (40-point letters)
        m_view->resetTransform();
        m_view->centerOn(all.center());
    }
}

void ThemeMap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        fit();
}

void ThemeMap::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fit)
        fit();
}

void ThemeMap::autoLayout()
{
    if (!m_session)
        return;
    try {
        m_session->store().setSetting(positionsKey(), QString());
    } catch (const Error& e) {
        m_session->reportError(e.message());
    }
    rebuild();
}

void ThemeMap::savePositions()
{
    if (!m_session)
        return;
    QJsonObject json = QJsonDocument::fromJson(m_session->store().setting(positionsKey()).toUtf8()).object();
    bool changed = false;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QPointF p = it.value()->pos();
        if (p == m_graph.positions.value(it.key()) && !json.contains(it.key()))
            continue;  // still where the layout put it: not hand-placed
        const QJsonArray a{std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10};
        if (json.value(it.key()).toArray() != a) {
            json.insert(it.key(), a);
            changed = true;
        }
    }
    if (!changed)
        return;
    try {
        // Layout, not analysis: kept in the project so it travels with it, but not an undoable edit.
        m_session->store().setSetting(positionsKey(), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } catch (const Error& e) {
        m_session->reportError(e.message());
    }
}

bool ThemeMap::exportSvg(const QString& path) const
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(r.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    svg.setTitle(tr("Thematic map"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    m_scene->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    return p.end();
}

bool ThemeMap::exportPng(const QString& path) const
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    QImage image((r.size() * 2).toSize(), QImage::Format_ARGB32);  // twice the scene's scale, for print
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&p, QRectF(QPointF(0, 0), r.size() * 2), r);
    p.end();
    return image.save(path, "PNG");
}

void ThemeMap::exportDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export thematic map"), QStringLiteral("thematic-map.svg"),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    const bool ok = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? exportPng(path) : exportSvg(path);
    if (!ok && m_session)
        m_session->reportError(tr("Could not write %1").arg(path));
}

}  // namespace thema
