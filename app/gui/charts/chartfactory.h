#pragma once

#include "analysis/saturation.h"

#include "agreement/projectagreement.h"
#include "analysis/matrix.h"

class QChart;
class QValueAxis;

namespace thema {

/** Builds the analysis charts (Qt Charts). Each returns a new chart the caller owns (a QChartView takes it). */
namespace charts {

/** A count axis from 0 with whole-number ticks (1, 2 or 5 × 10^k apart) up to a tick at or above @p max. */
void integerAxis(QValueAxis* axis, qint64 max);

/** New codes per source (bars) and the cumulative count of codes (line), sources in coding order. */
QChart* saturation(const QList<SaturationPoint>& points);

/** A code × group or theme × group matrix as horizontal grouped bars, one bar set per group ("8 of 11"). */
QChart* frequencies(const Matrix& matrix, const QString& title);

/** One figure (e.g. "cohen_kappa", "krippendorff_alpha") per code as horizontal bars; the pooled value in the title. */
QChart* agreementPerCode(const agreement::ProjectAgreement& agreement, const QString& key);

}  // namespace charts
}  // namespace thema
