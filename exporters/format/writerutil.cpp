#include "format/writerutil.h"

#include "model/error.h"
#include "outputfile.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace thema::writerutil {

void writeFile(const QString& path, const QByteArray& bytes)
{
    OutputFile::write(path, bytes);
}

bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)?$"));
    return !number.match(text).hasMatch();
}

QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            continue;
        out += c;
    }
    return out;
}

bool isRightToLeft(const QString& text)
{
    return text.isRightToLeft();
}

QString headerText(const QString& header)
{
    QString out = header;
    return out.replace(QStringLiteral(" = "), QStringLiteral("\u00A0=\u00A0"));
}

QList<double> columnShares(const TableDocument& table, double lineChars)
{
    const qsizetype n = std::max<qsizetype>(1, table.headers.size());
    QList<double> shares = table.widths.size() == n ? table.widths : QList<double>(n, 1.0);
    const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    for (double& s : shares)
        s = sum > 0 ? s / sum : 1.0 / double(n);
    QList<double> floors(n, 0.0);
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        qsizetype longest = 0;
        // Spaces only: a non-breaking space ("n = 8") keeps its words together, so they count as one.
        for (const QString& word : headerText(table.headers[c]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, word.size());
        floors[c] = std::min(1.0 / double(n), double(longest + 2) / lineChars);
    }
    // Raise the narrow columns to their floor, and take the difference from the others in proportion to their spare.
    double missing = 0, spare = 0;
    for (qsizetype c = 0; c < n; ++c) {
        if (shares[c] < floors[c])
            missing += floors[c] - shares[c];
        else
            spare += shares[c] - floors[c];
    }
    if (missing <= 0 || spare <= 0)
        return shares;
    const double take = std::min(1.0, missing / spare);
    for (qsizetype c = 0; c < n; ++c)
        shares[c] = shares[c] < floors[c] ? floors[c] : shares[c] - (shares[c] - floors[c]) * take;
    return shares;
}

}  // namespace thema::writerutil
