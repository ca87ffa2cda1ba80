#pragma once

#include "tabledocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thema {

/** One block of a report: a heading, a paragraph, a bullet list or a table. Text is plain Unicode, never escaped. */
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Bullets, Table };
    Kind kind = Kind::Paragraph;
    QString text;            ///< Heading, Paragraph
    QStringList items;       ///< Bullets
    TableDocument table;     ///< Table (its title is not printed; a Heading block names it)
};

/**
 * A format-neutral report of several parts (the agreement report): a title, then blocks in order. The printed
 * writers (MarkdownWriter, HtmlWriter) render the blocks; data formats (CSV) write @ref data, the same figures as
 * one table with a row each. Every face renders a report through these writers, so escaping and spreadsheet
 * formula protection happen in one place.
 */
struct ReportDocument {
    QString title;
    QList<ReportBlock> blocks;
    TableDocument data;

    void heading(const QString& text) { blocks.append({ReportBlock::Kind::Heading, text, {}, {}}); }
    void paragraph(const QString& text) { blocks.append({ReportBlock::Kind::Paragraph, text, {}, {}}); }
    void bullets(const QStringList& items) { blocks.append({ReportBlock::Kind::Bullets, {}, items, {}}); }
    void table(const TableDocument& table) { blocks.append({ReportBlock::Kind::Table, {}, {}, table}); }
};

}  // namespace thema
