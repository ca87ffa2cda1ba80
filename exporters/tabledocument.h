#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thema {

/** One table cell: one or more paragraphs (e.g. one per quote). Writers join them in their own way. */
using TableCell = QStringList;

struct TableRow {
    QList<TableCell> cells;   ///< one per column; missing cells are empty
    int level = 0;            ///< 0 = top level; 1 = a subtheme or subcode, … (writers may indent or shade)
};

/**
 * A format-neutral table, as the paper-ready exports make it and every TableWriter renders it. Text is plain
 * Unicode (never pre-escaped): each writer escapes for its own format.
 */
struct TableDocument {
    QString title;
    QString sheetName;                 ///< a short name (XLSX sheet, LaTeX label); at most 31 characters
    QStringList headers;
    QList<double> widths;              ///< relative column widths (any scale); empty = equal
    QList<int> numericColumns;         ///< columns whose cells are numbers (XLSX writes them as numbers)
    /**
     * Columns that a row of level > 0 leaves empty to mean "the same as above" (a subtheme's theme). Data
     * formats (CSV, XLSX) fill them in, so every row stands alone; printed formats leave them empty.
     */
    QList<int> carriedColumns;
    QList<TableRow> rows;
    QStringList notes;                 ///< paragraphs printed after the table (what the counts mean)

    /** The cell at (row, column), or an empty cell. */
    TableCell cell(qsizetype row, qsizetype column) const
    {
        const QList<TableCell>& cells = rows[row].cells;
        return column < cells.size() ? cells[column] : TableCell();
    }

    /** The rows with carried columns filled in from the rows above (for CSV and XLSX). */
    QList<TableRow> filledRows() const
    {
        QList<TableRow> out = rows;
        for (qsizetype r = 1; r < out.size(); ++r)
            for (int c : carriedColumns) {
                if (out[r].level == 0)
                    continue;
                while (out[r].cells.size() <= c)
                    out[r].cells.append(TableCell());
                if (out[r].cells[c].join(QString()).isEmpty() && c < out[r - 1].cells.size())
                    out[r].cells[c] = out[r - 1].cells[c];
            }
        return out;
    }
};

}  // namespace thema
