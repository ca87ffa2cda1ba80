#pragma once

// A tolerant reader for ../shared/agreement/vectors/*.json: their data come as contingency tables,
// units × raters or raters × units matrices, category-count tables, or dictionaries of those.
#include "agreement/ratingstable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace thema::test {

QJsonObject readVector(const QString& path);
/** A numeric matrix (rows of numbers; nulls read as 0). */
agreement::Matrix matrixOf(const QJsonValue& value);
/** A cell as text: numbers printed exactly, strings as they are, null/absent as empty (missing). */
QString cellText(const QJsonValue& value);
/** Ratings with one row per unit and one column per rater. */
agreement::RatingsTable unitsByRaters(const QJsonValue& rows);
/** Ratings with one row per coder and one column per unit (Krippendorff's reliability matrix). */
agreement::RatingsTable codersByUnits(const QJsonValue& rows);

/** The outcome of comparing one expected entry (recursively, for arrays and dictionaries). */
struct Check {
    QString name;
    bool passed = false;
    QString detail;
};

/**
 * Compares @p expected ({quantity, value, tolerance|decimals}) against @p computed[quantity]: scalars within
 * the tolerance (half a unit in the last decimal when none is given), arrays element-wise, objects key-wise.
 * A quantity the test did not compute fails.
 */
Check compareExpected(const QJsonObject& expected, const QJsonObject& computed, const QString& prefix = {});

/**
 * The same, but each scalar passes within one unit of its last printed decimal (0.601 → ±0.001), for published
 * figures that were truncated rather than rounded, or whose stated tolerance is finer than their printed digits.
 */
Check compareTruncated(const QJsonObject& expected, const QJsonObject& computed, const QString& prefix = {});

}  // namespace thema::test
