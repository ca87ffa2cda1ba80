#include "agreement/ratingstable.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace thema::agreement {

void RatingsTable::addRow(std::vector<int> row, double count)
{
    rows.push_back(std::move(row));
    multiplicity.push_back(count);
}

Matrix RatingsTable::categoryCounts() const
{
    const int q = categoryCount();
    Matrix r(rows.size(), std::vector<double>(q, 0.0));
    for (size_t u = 0; u < rows.size(); ++u)
        for (int v : rows[u])
            if (v >= 0)
                r[u][v] += 1;
    return r;
}

Matrix RatingsTable::coderCounts() const
{
    Matrix c(coderCount(), std::vector<double>(categoryCount(), 0.0));
    for (size_t u = 0; u < rows.size(); ++u)
        for (int g = 0; g < coderCount(); ++g)
            if (rows[u][g] >= 0)
                c[g][rows[u][g]] += multiplicity[u];
    return c;
}

Matrix RatingsTable::contingency(int a, int b) const
{
    Matrix t(categoryCount(), std::vector<double>(categoryCount(), 0.0));
    for (size_t u = 0; u < rows.size(); ++u)
        if (rows[u][a] >= 0 && rows[u][b] >= 0)
            t[rows[u][a]][rows[u][b]] += multiplicity[u];
    return t;
}

double RatingsTable::ratedUnits() const
{
    double n = 0;
    for (size_t u = 0; u < rows.size(); ++u)
        if (std::any_of(rows[u].begin(), rows[u].end(), [](int v) { return v >= 0; }))
            n += multiplicity[u];
    return n;
}

double RatingsTable::pairableUnits() const
{
    double n = 0;
    for (size_t u = 0; u < rows.size(); ++u)
        if (std::count_if(rows[u].begin(), rows[u].end(), [](int v) { return v >= 0; }) >= 2)
            n += multiplicity[u];
    return n;
}

CategoryCounts categoryCountsOf(const RatingsTable& table)
{
    return {table.categoryCounts(), table.multiplicity};
}

RatingsTable ratingsFromText(const QStringList& coders, const QList<QStringList>& units, const QStringList& order)
{
    RatingsTable t;
    t.coders = coders;
    QStringList seen;
    for (const QString& v : order)
        if (!v.trimmed().isEmpty() && !seen.contains(v.trimmed()))
            seen.append(v.trimmed());
    for (const QStringList& row : units)
        for (const QString& v : row) {
            const QString value = v.trimmed();
            if (!value.isEmpty() && !seen.contains(value))
                seen.append(value);
        }
    bool numeric = !seen.isEmpty();
    for (const QString& v : seen) {
        bool ok = false;
        v.toDouble(&ok);
        numeric = numeric && ok;
    }
    // Numbers are one value however they are written ("1", "1.0", "1e0"): the first spelling names the category.
    QHash<QString, int> index;
    if (numeric) {
        QStringList distinct;
        for (const QString& v : seen)
            if (std::none_of(distinct.begin(), distinct.end(), [&](const QString& d) { return d.toDouble() == v.toDouble(); }))
                distinct.append(v);
        if (order.isEmpty())
            std::stable_sort(distinct.begin(), distinct.end(), [](const QString& a, const QString& b) { return a.toDouble() < b.toDouble(); });
        t.categories = distinct;
        for (const QString& v : seen)
            for (int k = 0; k < distinct.size(); ++k)
                if (distinct[k].toDouble() == v.toDouble())
                    index.insert(v, k);
    } else {
        t.categories = seen;
        for (int k = 0; k < seen.size(); ++k)
            index.insert(seen[k], k);
    }
    t.numeric = numeric;
    for (int k = 0; k < t.categories.size(); ++k)
        t.scores.push_back(numeric ? t.categories[k].toDouble() : k + 1.0);
    for (const QStringList& row : units) {
        std::vector<int> r(coders.size(), -1);
        for (int c = 0; c < coders.size() && c < row.size(); ++c) {
            const QString value = row[c].trimmed();
            if (!value.isEmpty())
                r[c] = index.value(value, -1);
        }
        t.addRow(std::move(r));
    }
    return t;
}

RatingsTable ratingsFromContingency(const Matrix& counts, const QStringList& categories)
{
    RatingsTable t;
    t.coders = {QStringLiteral("A"), QStringLiteral("B")};
    const int q = int(counts.size());
    for (int k = 0; k < q; ++k) {
        t.categories.append(k < categories.size() ? categories[k] : QString::number(k + 1));
        t.scores.push_back(k + 1.0);
    }
    for (int k = 0; k < q; ++k)
        for (int l = 0; l < q; ++l)
            if (counts[k][l] > 0)
                t.addRow({k, l}, counts[k][l]);
    return t;
}

}  // namespace thema::agreement
