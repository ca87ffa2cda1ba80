#include "format/markdownwriter.h"

#include "format/writerutil.h"

namespace thema {
namespace {

QString escapeCell(const TableCell& cell)
{
    QStringList parts;
    for (const QString& paragraph : cell) {
        QString out;
        for (const QChar c : paragraph.simplified()) {
            if (QStringView(u"\\|*_`[]<>").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        parts.append(out);
    }
    return parts.join(QStringLiteral("<br>"));
}

/**
 * Prose (a heading, paragraph or list item): the punctuation Markdown would read as markup, escaped. Brackets only
 * where they could close a link ("](", "]["), so an interval "[0.36, 0.49]" stays as written.
 */
QString escapeText(const QString& text)
{
    const QString plain = text.simplified();
    QString out;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain[i], next = i + 1 < plain.size() ? plain[i + 1] : QChar();
        if (QStringView(u"\\*_`<>").contains(c) || (c == QLatin1Char(']') && (next == QLatin1Char('(') || next == QLatin1Char('['))))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

/** The pipe table and its notes, without a title. */
QString tableText(const TableDocument& table)
{
    QString out;
    const qsizetype columns = table.headers.size();
    QStringList header, rule;
    for (const QString& h : table.headers) {
        header.append(escapeCell({h}));
        rule.append(table.numericColumns.contains(int(rule.size())) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c)
            cells.append(escapeCell(table.cell(r, c)));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    for (const QString& note : table.notes)
        out += QLatin1Char('\n') + note + QLatin1Char('\n');
    return out;
}

}  // namespace

QString MarkdownWriter::render(const TableDocument& table)
{
    QString out;
    if (!table.title.isEmpty())
        out += QStringLiteral("# ") + table.title.simplified() + QStringLiteral("\n\n");
    return out + tableText(table);
}

QString MarkdownWriter::render(const ReportDocument& report)
{
    QStringList parts;
    if (!report.title.isEmpty())
        parts.append(QStringLiteral("# ") + report.title.simplified() + QLatin1Char('\n'));
    for (const ReportBlock& block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            parts.append(QStringLiteral("## ") + escapeText(block.text) + QLatin1Char('\n'));
            break;
        case ReportBlock::Kind::Paragraph:
            parts.append(escapeText(block.text) + QLatin1Char('\n'));
            break;
        case ReportBlock::Kind::Bullets: {
            QString list;
            for (const QString& item : block.items)
                list += QStringLiteral("- ") + escapeText(item) + QLatin1Char('\n');
            parts.append(list);
            break;
        }
        case ReportBlock::Kind::Table:
            parts.append(tableText(block.table));
            break;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

void MarkdownWriter::write(const TableDocument& table, const QString& path) const
{
    writerutil::writeFile(path, render(table).toUtf8());
}

}  // namespace thema
