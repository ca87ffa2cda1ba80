#include "format/csvwriter.h"

#include "format/writerutil.h"

namespace thema {
namespace {

QString field(const QString& text)
{
    QString value = text;
    if (writerutil::looksLikeFormula(value))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

}  // namespace

QString CsvWriter::render(const TableDocument& table)
{
    QString out;
    QStringList header;
    for (const QString& h : table.headers)
        header.append(field(h));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const QList<TableRow> rows = table.filledRows();
    for (const TableRow& row : rows) {
        QStringList fields;
        for (qsizetype c = 0; c < table.headers.size(); ++c)
            fields.append(field(c < row.cells.size() ? row.cells[c].join(QLatin1Char('\n')) : QString()));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

void CsvWriter::write(const TableDocument& table, const QString& path) const
{
    writerutil::writeFile(path, render(table).toUtf8());
}

}  // namespace thema
