#include "chartfactory.h"

#include "agreement/report.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace thema::charts {

void integerAxis(QValueAxis* axis, qint64 max)
{
    // A step of 1, 2 or 5 × 10^k so that there are at most about eight ticks, each on a whole number; the range
    // ends on a tick at or above the largest value, so a bar's end reads against the scale.
    max = std::max<qint64>(1, max);
    qint64 step = 1;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        if (max / magnitude <= 8) { step = magnitude; break; }
        if (max / (2 * magnitude) <= 8) { step = 2 * magnitude; break; }
        if (max / (5 * magnitude) <= 8) { step = 5 * magnitude; break; }
    }
    const qint64 top = (max + step - 1) / step * step;
    axis->setRange(0, double(top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

namespace {

/** Category names shown whole (Qt Charts elides them to "…" by default); many along the x axis stand slanted. */
void wholeLabels(QBarCategoryAxis* axis, bool horizontal)
{
    axis->setTruncateLabels(false);
    if (horizontal && axis->count() > 6)
        axis->setLabelsAngle(-45);
}

}  // namespace

QChart* saturation(const QList<SaturationPoint>& points)
{
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Code saturation: new codes per source, in coding order"));
    auto* bars = new QBarSeries;
    auto* fresh = new QBarSet(QObject::tr("New codes in this source"));
    auto* line = new QLineSeries;
    line->setName(QObject::tr("Codes so far (cumulative)"));
    line->setPointsVisible(true);  // one coded source is one point, which a line alone would not show
    QStringList categories;
    int max = 0;
    for (int i = 0; i < points.size(); ++i) {
        *fresh << points[i].newCodes;
        line->append(i, points[i].cumulative);
        categories.append(points[i].name);
        max = std::max(max, points[i].cumulative);
    }
    bars->append(fresh);
    chart->addSeries(bars);
    chart->addSeries(line);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(QObject::tr("Sources in the order they were coded"));
    wholeLabels(x, true);
    auto* y = new QValueAxis;
    integerAxis(y, max);
    y->setTitleText(QObject::tr("Codes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* frequencies(const Matrix& matrix, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    auto* series = new QHorizontalBarSeries;
    QStringList categories;
    // Bars run bottom-up, so the rows go in reversed to read top-down in codebook order.
    QList<const MatrixRow*> rows;
    for (const MatrixRow& r : matrix.rows)
        rows.prepend(&r);
    qint64 max = 1;
    for (int g = 0; g < matrix.columns.size(); ++g) {
        const QString group = matrix.columns[g].isEmpty() ? QObject::tr("not set") : matrix.columns[g];
        auto* set = new QBarSet(matrix.count == MatrixCount::Participants
                                    ? QObject::tr("%1 (of %2)").arg(group).arg(matrix.columnSizes.value(g))
                                    : group);
        for (const MatrixRow* r : rows) {
            *set << r->cells.value(g);
            max = std::max(max, r->cells.value(g));
        }
        series->append(set);
    }
    for (const MatrixRow* r : rows)
        categories.append(QString(r->level * 3, QLatin1Char(' ')) + r->name);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    wholeLabels(y, false);
    auto* x = new QValueAxis;
    integerAxis(x, max);
    x->setTitleText(matrix.count == MatrixCount::Participants ? QObject::tr("Participants")
                                                              : (matrix.count == MatrixCount::Extracts ? QObject::tr("Extracts") : QObject::tr("Words")));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* agreementPerCode(const agreement::ProjectAgreement& a, const QString& key)
{
    auto* chart = new QChart;
    const QString name = agreement::report::heading(key);
    const QJsonValue pooled = a.result.pooled.value(key);
    chart->setTitle(pooled.isDouble() ? QObject::tr("%1 per code (pooled: %2)").arg(name).arg(pooled.toDouble(), 0, 'f', 3)
                                      : QObject::tr("%1 per code").arg(name));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(name);
    QStringList categories;
    double low = 0;
    for (auto it = a.result.perCode.crbegin(); it != a.result.perCode.crend(); ++it) {
        const QJsonValue v = it->figures.value(key);
        const double value = v.isDouble() ? v.toDouble() : 0;  // undefined (no variance) shows as an empty bar
        *set << value;
        low = std::min(low, value);
        categories.append(a.codes.value(it->code).path);
    }
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    wholeLabels(y, false);
    auto* x = new QValueAxis;
    x->setRange(low < 0 ? std::floor(low * 10) / 10 : 0.0, 1.0);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(0.2);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(name);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

}  // namespace thema::charts
