#pragma once

#include "reportdocument.h"
#include "tablewriter.h"

namespace thema {

/**
 * CSV by RFC 4180: UTF-8 without a BOM, comma-separated, CRLF between records, a field quoted (with inner
 * quotes doubled) when it holds a comma, a quote or a line break; the header is the first record. A cell's
 * paragraphs are joined with a line feed. Carried columns are filled in (TableDocument::carriedColumns).
 * Formula protection (OWASP CSV injection): a text cell that begins with = + - @, a tab or a carriage return
 * gets a single quote (apostrophe) in front, so a spreadsheet shows it as text instead of running it; plain
 * numbers ("-3", "+0.25") are left alone.
 */
class CsvWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("csv"); }
    void write(const TableDocument& table, const QString& path) const override;
    /** The file's text. */
    static QString render(const TableDocument& table);
    /** A report's data table (ReportDocument::data). */
    static QString render(const ReportDocument& report) { return render(report.data); }
};

}  // namespace thema
