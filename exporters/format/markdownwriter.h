#pragma once

#include "reportdocument.h"
#include "tablewriter.h"

namespace thema {

/**
 * Markdown with a GitHub pipe table: "# title", the table, then the notes as paragraphs. In cells, Markdown
 * punctuation (\ | * _ ` [ ] < >) is backslash-escaped, line breaks become spaces and a cell's paragraphs are
 * joined with <br>. UTF-8 without BOM.
 */
class MarkdownWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("md"); }
    void write(const TableDocument& table, const QString& path) const override;
    /** The document as Markdown text. */
    static QString render(const TableDocument& table);
    /**
     * A report: "# title", "## heading", paragraphs and "- " bullets (Markdown punctuation escaped as in cells),
     * tables as pipe tables; the data table is not printed.
     */
    static QString render(const ReportDocument& report);
};

}  // namespace thema
