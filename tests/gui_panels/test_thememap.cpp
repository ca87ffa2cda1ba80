#include "panelfixture.h"

#include "themes/mapnode.h"
#include "themes/thememap.h"

#include "shared.h"
#include "store/projectstore.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("thematic map: themes, subthemes and codes as a graph; positions kept; SVG and PNG export")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    ThemeMap map;
    map.resize(1000, 700);
    map.setSession(demo.session.get());
    map.show();

    const QList<Theme> themes = store.themes();
    QSet<Id> linked;
    int links = 0;
    for (const Theme& t : themes) {
        REQUIRE(map.node(QStringLiteral("t:") + t.guid));
        for (Id c : t.codes)
            linked.insert(c);
        links += int(t.codes.size()) + (t.parent ? 1 : 0);
    }
    // One node per theme and per linked code (a code in two themes is one node with two edges).
    CHECK(map.graph().nodes.size() == themes.size() + linked.size());
    CHECK(map.graph().edges.size() == links);

    // Subthemes sit below their theme, codes below both.
    for (const Theme& t : themes)
        if (t.parent) {
            const auto parent = store.theme(t.parent);
            CHECK(map.node(QStringLiteral("t:") + t.guid)->pos().y() > map.node(QStringLiteral("t:") + parent->guid)->pos().y());
        }

    // A node moved by hand keeps its place through a rebuild (and in the project file).
    const QString key = QStringLiteral("t:") + themes.first().guid;
    map.node(key)->setPos(QPointF(-500, -300));
    map.savePositions();
    map.rebuild();
    CHECK(map.node(key)->pos() == QPointF(-500, -300));
    CHECK(store.setting(ThemeMap::positionsKey()).contains(key));
    map.autoLayout();
    CHECK(map.node(key)->pos() != QPointF(-500, -300));

    // A new theme appears after the store says so.
    Theme extra;
    extra.name = QStringLiteral("Extra");
    extra.codes = {store.codes().first().id};
    store.addTheme(extra);
    test::settle();
    CHECK(map.node(QStringLiteral("t:") + store.theme(extra.id)->guid));

    const QString svg = test::tempDir() + QStringLiteral("/map.svg");
    const QString png = test::tempDir() + QStringLiteral("/map.png");
    REQUIRE(map.exportSvg(svg));
    REQUIRE(map.exportPng(png));
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(themes.first().name.toHtmlEscaped().left(6)));
    const QImage image(png);
    CHECK(image.width() > 400);
    CHECK(image.height() > 200);
}

TEST_CASE("thematic map: Fit shrinks a large map but never blows up a map of one theme")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    for (const Theme& t : store.themes())
        if (t.parent)
            store.removeTheme(t.id);
    for (const Theme& t : store.themes())
        store.removeTheme(t.id);
    Theme one;
    one.name = QStringLiteral("Working with live state");
    one.codes = {store.codes().first().id};
    store.addTheme(one);
    ThemeMap map;
    map.resize(1000, 700);
    map.setSession(demo.session.get());
    map.show();
    test::settle();  // the map fits itself to the tab when shown, as the Fit button does
    // Under Xvfb the one theme filled the tab in 40-point letters; at most its own size now.
    CHECK(map.view()->transform().m11() == 1.0);
}
