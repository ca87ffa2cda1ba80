// Issue 13: the code description's labels were printed over its fields when the dock was short (1280 × 720).
#include "panelfixture.h"

#include "codedetails.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("code description in a short dock: no label overlaps a field, each field shows four lines")
{
    // The dock as MainWindow builds it (a scroll area around the editor), 120 px high as at 1280 x 720.
    QScrollArea scroll;
    auto* details = new CodeDetails;
    scroll.setWidget(details);
    scroll.setWidgetResizable(true);
    scroll.resize(900, 120);
    scroll.show();
    test::settle();

    const QList<QPlainTextEdit*> fields = details->findChildren<QPlainTextEdit*>();
    REQUIRE(fields.size() == 4);
    const QList<QLabel*> labels = details->findChildren<QLabel*>();
    int checked = 0;
    for (QPlainTextEdit* field : fields) {
        CHECK(field->height() >= 4 * field->fontMetrics().lineSpacing());
        const QRect f(field->mapTo(details, QPoint(0, 0)), field->size());
        for (QLabel* label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect l(label->mapTo(details, QPoint(0, 0)), label->size());
            CHECK_MESSAGE(!l.intersects(f), label->text().toStdString());
            ++checked;
        }
    }
    CHECK(checked >= 16);  // four fields against at least their four labels
}
