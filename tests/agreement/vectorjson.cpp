#include "vectorjson.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace thema::test {

QJsonObject readVector(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

agreement::Matrix matrixOf(const QJsonValue& value)
{
    agreement::Matrix m;
    for (const QJsonValue& row : value.toArray()) {
        std::vector<double> r;
        for (const QJsonValue& v : row.toArray())
            r.push_back(v.toDouble());
        m.push_back(r);
    }
    return m;
}

QString cellText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isString())
        return value.toString();
    return {};
}

agreement::RatingsTable unitsByRaters(const QJsonValue& rows)
{
    QList<QStringList> units;
    qsizetype raters = 0;
    for (const QJsonValue& row : rows.toArray()) {
        QStringList u;
        for (const QJsonValue& v : row.toArray())
            u.append(cellText(v));
        raters = std::max(raters, u.size());
        units.append(u);
    }
    QStringList coders;
    for (qsizetype c = 0; c < raters; ++c)
        coders.append(QStringLiteral("R%1").arg(c + 1));
    return agreement::ratingsFromText(coders, units);
}

agreement::RatingsTable codersByUnits(const QJsonValue& rows)
{
    const QJsonArray coders = rows.toArray();
    qsizetype unitCount = 0;
    for (const QJsonValue& c : coders)
        unitCount = std::max(unitCount, c.toArray().size());
    QJsonArray transposed;
    for (qsizetype u = 0; u < unitCount; ++u) {
        QJsonArray unit;
        for (const QJsonValue& c : coders)
            unit.append(c.toArray().at(u));
        transposed.append(unit);
    }
    return unitsByRaters(transposed);
}

namespace {

/** One unit in the last decimal a number is printed with (0.494 → 0.001). */
double lastDigitUnit(double value)
{
    const QString text = QString::number(value, 'g', 15);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return std::pow(10.0, -(dot < 0 ? 0 : int(text.size() - dot - 1)));
}

bool compareValue(const QJsonValue& want, const QJsonValue& got, double tolerance, const QString& name, QString& detail)
{
    if (want.isDouble()) {
        if (tolerance < 0)  // truncated mode
            tolerance = lastDigitUnit(want.toDouble());
        if (!got.isDouble()) {
            detail += QStringLiteral("%1: expected %2, computed %3; ").arg(name).arg(want.toDouble())
                          .arg(got.isNull() ? QStringLiteral("null") : QStringLiteral("nothing"));
            return false;
        }
        const double diff = std::abs(want.toDouble() - got.toDouble());
        if (!(diff <= tolerance + 1e-12)) {
            detail += QStringLiteral("%1: expected %2 ± %3, computed %4; ").arg(name).arg(want.toDouble(), 0, 'g', 10)
                          .arg(tolerance).arg(got.toDouble(), 0, 'g', 10);
            return false;
        }
        return true;
    }
    if (want.isArray()) {
        const QJsonArray w = want.toArray(), g = got.toArray();
        if (w.size() != g.size()) {
            detail += QStringLiteral("%1: expected %2 values, computed %3; ").arg(name).arg(w.size()).arg(g.size());
            return false;
        }
        bool ok = true;
        for (qsizetype i = 0; i < w.size(); ++i)
            ok = compareValue(w[i], g[i], tolerance, QStringLiteral("%1[%2]").arg(name).arg(i), detail) && ok;
        return ok;
    }
    if (want.isObject()) {
        const QJsonObject w = want.toObject(), g = got.toObject();
        bool ok = true;
        for (auto it = w.begin(); it != w.end(); ++it)
            ok = compareValue(it.value(), g.value(it.key()), tolerance, name + QLatin1Char('.') + it.key(), detail) && ok;
        return ok;
    }
    detail += QStringLiteral("%1: unreadable expected value; ").arg(name);
    return false;
}

}  // namespace

Check compareTruncated(const QJsonObject& expected, const QJsonObject& computed, const QString& prefix)
{
    QJsonObject e = expected;
    e.insert(QStringLiteral("tolerance"), -1.0);
    return compareExpected(e, computed, prefix);
}

Check compareExpected(const QJsonObject& expected, const QJsonObject& computed, const QString& prefix)
{
    Check c;
    const QString quantity = expected.value(QStringLiteral("quantity")).toString();
    c.name = prefix + quantity;
    double tolerance = 0;
    if (expected.contains(QStringLiteral("tolerance")))
        tolerance = expected.value(QStringLiteral("tolerance")).toDouble();
    else
        tolerance = 0.5 * std::pow(10.0, -expected.value(QStringLiteral("decimals")).toInt(3));
    if (!computed.contains(quantity)) {
        c.detail = QStringLiteral("%1: not computed").arg(c.name);
        return c;
    }
    c.passed = compareValue(expected.value(QStringLiteral("value")), computed.value(quantity), tolerance, c.name, c.detail);
    return c;
}

}  // namespace thema::test
