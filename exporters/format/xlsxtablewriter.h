#pragma once

#include "tablewriter.h"

namespace thema {

/**
 * An Excel workbook written with libxlsxwriter: the table on the first sheet (header in row 1, bold, frozen;
 * wrapped text; column widths from TableDocument::widths), the title and notes on a second sheet "Notes".
 * Every text cell is written as a string (never a formula); formula-like text (= + - @) also gets Excel's
 * "quote prefix" style where libxlsxwriter has it (1.1.5 and later). Numeric columns are written as numbers.
 * Right-to-left cells get a right-to-left reading order. A cell longer than Excel's 32,767 characters is cut.
 */
class XlsxTableWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("xlsx"); }
    void write(const TableDocument& table, const QString& path) const override;
};

}  // namespace thema
