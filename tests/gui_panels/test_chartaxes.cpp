// Charts read true: count axes have whole-number ticks, end on a tick at or above the largest bar, and category
// names are not elided.
#include "panelfixture.h"

#include "charts/chartfactory.h"
#include "charts/chartspanel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("chart axes: integer ticks on counts (not 0 0 1 1 2), the range covers the largest value")
{
    const struct { qint64 max; double top; double step; } cases[] = {
        {0, 1, 1}, {1, 1, 1}, {2, 2, 1}, {7, 7, 1}, {8, 8, 1}, {9, 10, 2}, {17, 18, 2}, {23, 25, 5}, {41, 45, 5}, {90, 100, 20},
        {1234, 1400, 200},
    };
    for (const auto& c : cases) {
        QValueAxis axis;
        charts::integerAxis(&axis, c.max);
        CAPTURE(c.max);
        CHECK(axis.min() == 0);
        CHECK(axis.max() == c.top);
        CHECK(axis.tickType() == QValueAxis::TicksDynamic);
        CHECK(axis.tickInterval() == c.step);
        CHECK(axis.labelFormat() == QStringLiteral("%d"));
    }
}

TEST_CASE("charts panel: category labels are shown whole")
{
    test::DemoSession demo;
    ChartsPanel panel;
    panel.resize(1000, 700);
    panel.setSession(demo.session.get());
    panel.show();
    for (auto kind : {ChartsPanel::Saturation, ChartsPanel::CodeFrequencies, ChartsPanel::ThemeFrequencies}) {
        panel.setKind(kind);
        QChart* chart = panel.view()->chart();
        REQUIRE(chart);
        int categoryAxes = 0;
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis)) {
                CHECK_FALSE(cat->truncateLabels());
                ++categoryAxes;
            }
            if (auto* value = qobject_cast<QValueAxis*>(axis))
                CHECK(value->labelFormat() == QStringLiteral("%d"));
        }
        CHECK(categoryAxes == 1);
    }
}
