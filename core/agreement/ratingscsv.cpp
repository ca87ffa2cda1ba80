#include "agreement/ratingscsv.h"

#include "model/error.h"

namespace thema::agreement {
namespace {

QStringList splitCsvLine(const QString& line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

}  // namespace

RatingsTable ratingsFromCsv(const QString& text, const QString& fileName, const QStringList& order)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first >= lines.size())
        throw Error(QStringLiteral("%1: empty file; expected a header row of coder names").arg(fileName));
    QString header = lines[first];
    if (header.startsWith(QChar(0xFEFF)))
        header.remove(0, 1);
    const QChar sep = !header.contains(QLatin1Char(',')) && header.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList coders = splitCsvLine(header, sep);
    if (coders.size() < 2)
        throw Error(QStringLiteral("%1: the header names %2 coder(s); agreement needs at least two columns").arg(fileName).arg(coders.size()));
    for (qsizetype c = 0; c < coders.size(); ++c) {
        if (coders[c].isEmpty())
            throw Error(QStringLiteral("%1, line %2: column %3 has no coder name").arg(fileName).arg(first + 1).arg(c + 1));
        if (coders.indexOf(coders[c]) != c)
            throw Error(QStringLiteral("%1, line %2: coder \"%3\" appears twice").arg(fileName).arg(first + 1).arg(coders[c]));
    }
    QList<QStringList> units;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QStringList cells = splitCsvLine(lines[i], sep);
        if (cells.size() > coders.size())
            throw Error(QStringLiteral("%1, line %2: %3 cells but the header names %4 coders").arg(fileName).arg(i + 1)
                            .arg(cells.size()).arg(coders.size()));
        units.append(cells);
    }
    return ratingsFromText(coders, units, order);
}

}  // namespace thema::agreement
