#include "panelfixture.h"

#include "charts/chartspanel.h"
#include "analysis/saturation.h"

#include "shared.h"
#include "store/projectstore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("saturation: new codes per source in coding order add up to the codes used")
{
    test::DemoSession demo;
    const QList<SaturationPoint> points = computeSaturation(demo.store());
    REQUIRE(points.size() == 8);
    QSet<Id> used;
    for (const Coding& c : demo.store().codings())
        used.insert(c.code);
    int sum = 0;
    for (const SaturationPoint& p : points)
        sum += p.newCodes;
    CHECK(sum == used.size());
    CHECK(points.last().cumulative == used.size());
    CHECK(points.first().newCodes == points.first().cumulative);
}

TEST_CASE("charts panel: saturation, frequencies by group, agreement per code; SVG and PNG export")
{
    test::DemoSession demo;
    ChartsPanel panel;
    panel.resize(1000, 700);
    panel.setSession(demo.session.get());
    panel.show();

    panel.setKind(ChartsPanel::Saturation);
    QChart* chart = panel.view()->chart();
    REQUIRE(chart);
    CHECK(chart->series().size() == 2);
    auto* line = qobject_cast<QLineSeries*>(chart->series()[1]);
    REQUIRE(line);
    CHECK(line->count() == 8);

    panel.setKind(ChartsPanel::CodeFrequencies);
    chart = panel.view()->chart();
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series()[0]);
    REQUIRE(bars);
    CHECK(bars->count() == 2);  // clinician, service user
    CHECK(bars->barSets()[0]->count() == demo.store().codes().size());

    panel.setKind(ChartsPanel::ThemeFrequencies);
    bars = qobject_cast<QAbstractBarSeries*>(panel.view()->chart()->series()[0]);
    REQUIRE(bars);
    CHECK(bars->barSets()[0]->count() == demo.store().themes().size());

    // Agreement per code is measured on a worker when no comparison was handed over.
    QSignalSpy drawn(&panel, &ChartsPanel::drawn);
    panel.setKind(ChartsPanel::AgreementPerCode);
    CHECK(panel.busy());
    while (panel.busy())
        REQUIRE(drawn.wait(60000));
    chart = panel.view()->chart();
    REQUIRE(chart->series().size() == 1);
    CHECK(chart->title().contains(QStringLiteral("pooled")));

    const QString svg = test::tempDir() + QStringLiteral("/chart.svg");
    const QString png = test::tempDir() + QStringLiteral("/chart.png");
    REQUIRE(panel.exportSvg(svg));
    REQUIRE(panel.exportPng(png));
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("<svg"));
    CHECK(QImage(png).width() >= 1600);
}
