#pragma once

#include <QList>
#include <QStringList>

namespace thema {

/**
 * A spreadsheet or delimited-text table as the importers read it: the first non-empty row is the header, every
 * cell is text (numbers as written, ODF times as "hh:mm:ss"), rows are padded to the header's width.
 */
struct DataTable {
    QStringList header;
    QList<QStringList> rows;
    bool numbersAreDays = false;  ///< a number in a time column is a fraction of a day (Excel), else seconds

    /** Builds a table from raw rows: drops empty rows, takes the first as the header, pads and trims cells. */
    static DataTable fromRows(QList<QStringList> raw);
};

}  // namespace thema
