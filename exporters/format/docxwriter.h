#pragma once

#include "tablewriter.h"

namespace thema {

/**
 * A Word document (a minimal WordprocessingML package written with ZipWriter): landscape A4, the title as a
 * bold paragraph, a real table (w:tbl) whose first row repeats on every page (w:tblHeader), and the notes.
 * Quotes are plain text runs (xml:space="preserve"); a cell's paragraphs are Word paragraphs; a paragraph
 * whose text is right to left gets w:bidi and its runs w:rtl.
 */
class DocxWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("docx"); }
    void write(const TableDocument& table, const QString& path) const override;
    /** word/document.xml. */
    static QByteArray documentXml(const TableDocument& table);
};

}  // namespace thema
