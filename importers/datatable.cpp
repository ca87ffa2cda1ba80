#include "datatable.h"

namespace thema {

DataTable DataTable::fromRows(QList<QStringList> raw)
{
    DataTable table;
    qsizetype width = 0;
    for (QStringList& row : raw) {
        for (QString& cell : row)
            cell = cell.trimmed();
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        if (row.isEmpty())
            continue;
        if (table.header.isEmpty() && table.rows.isEmpty()) {
            table.header = row;
            continue;
        }
        width = std::max(width, row.size());
        table.rows.append(row);
    }
    width = std::max(width, table.header.size());
    for (qsizetype i = table.header.size(); i < width; ++i)
        table.header.append(QStringLiteral("Column %1").arg(i + 1));
    for (QStringList& row : table.rows)
        while (row.size() < width)
            row.append(QString());
    return table;
}

}  // namespace thema
