#pragma once

#include "reportdocument.h"
#include "tablewriter.h"

namespace thema {

/**
 * A standalone HTML5 page (UTF-8): the title, the table and the notes, with a stylesheet for screen and print
 * (the header row repeats on every printed page; rows do not break across pages where avoidable). Each cell
 * has dir="auto", so right-to-left text is laid out right to left.
 */
class HtmlWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("html"); }
    void write(const TableDocument& table, const QString& path) const override;
    static QString render(const TableDocument& table);
    /** A report as one page: h1 title, h2 headings, paragraphs, lists and tables in the same style. */
    static QString render(const ReportDocument& report);
};

}  // namespace thema
