// Issue 13 at 1280 x 720: beside the disagreement list the two coders' texts were ~55 px wide (a word a line).
// On a narrow panel the list now goes above them; on a wide one it stays beside them.
#include "panelfixture.h"

#include "reliability/disagreementnavigator.h"

#include <QSplitter>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("disagreement navigator: list above the coders' texts when narrow, beside them when wide")
{
    DisagreementNavigator navigator;
    auto* split = navigator.findChild<QSplitter*>();
    REQUIRE(split);
    const int ch = navigator.fontMetrics().averageCharWidth();
    navigator.resize(80 * ch, 400);  // the panel's share at 1280 x 720
    navigator.QWidget::show();
    test::settle();
    CHECK(split->orientation() == Qt::Vertical);
    navigator.resize(140 * ch, 400);  // at 1600 x 1000
    test::settle();
    CHECK(split->orientation() == Qt::Horizontal);
}
