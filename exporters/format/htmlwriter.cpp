#include "format/htmlwriter.h"

#include "format/writerutil.h"

namespace thema {
namespace {

const char* const kStyle = R"(
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 2em; color: #111; }
h1 { font-size: 15pt; margin: 0 0 0.8em; }
h2 { font-size: 12pt; margin: 1.2em 0 0.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-top: 1px solid #999; padding: 0.35em 0.5em; text-align: start; vertical-align: top; }
thead th { border-top: 2px solid #000; border-bottom: 1px solid #000; hyphens: manual; overflow-wrap: normal; word-break: normal; }
tbody tr:last-child td { border-bottom: 2px solid #000; }
tr.level0 td { border-top-color: #555; }
tr.level1 td, tr.level2 td { border-top-color: #ddd; }
td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td p { margin: 0 0 0.4em; }
td p:last-child { margin-bottom: 0; }
.notes { margin-top: 1em; font-size: 9.5pt; color: #333; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  @page { size: A4 landscape; margin: 15mm; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
)";

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cellHtml(const TableCell& cell)
{
    if (cell.size() <= 1)
        return cell.isEmpty() ? QString() : escape(cell.front());
    QString out;
    for (const QString& p : cell)
        out += QStringLiteral("<p dir=\"auto\">") + escape(p) + QStringLiteral("</p>");
    return out;
}

QString pageStart(const QString& title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + escape(title)
        + QStringLiteral("</title>\n<meta name=\"generator\" content=\"Thema\">\n<style>") + QLatin1String(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n");
}

/** The table and its notes. */
QString tableHtml(const TableDocument& table)
{
    QString out = QStringLiteral("<table>\n<thead>\n<tr>");
    for (const QString& h : table.headers)
        out += QStringLiteral("<th dir=\"auto\">") + escape(writerutil::headerText(h)) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        out += QStringLiteral("<tr class=\"level%1\">").arg(table.rows[r].level);
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            const bool numeric = table.numericColumns.contains(int(c));
            out += (numeric ? QStringLiteral("<td class=\"num\" dir=\"auto\">") : QStringLiteral("<td dir=\"auto\">"))
                + cellHtml(table.cell(r, c)) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    if (!table.notes.isEmpty()) {
        out += QStringLiteral("<div class=\"notes\">\n");
        for (const QString& note : table.notes)
            out += QStringLiteral("<p dir=\"auto\">") + escape(note) + QStringLiteral("</p>\n");
        out += QStringLiteral("</div>\n");
    }
    return out;
}

}  // namespace

QString HtmlWriter::render(const TableDocument& table)
{
    QString out = pageStart(table.title);
    if (!table.title.isEmpty())
        out += QStringLiteral("<h1 dir=\"auto\">") + escape(table.title) + QStringLiteral("</h1>\n");
    return out + tableHtml(table) + QStringLiteral("</body>\n</html>\n");
}

QString HtmlWriter::render(const ReportDocument& report)
{
    QString out = pageStart(report.title);
    if (!report.title.isEmpty())
        out += QStringLiteral("<h1 dir=\"auto\">") + escape(report.title) + QStringLiteral("</h1>\n");
    for (const ReportBlock& block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            out += QStringLiteral("<h2 dir=\"auto\">") + escape(block.text) + QStringLiteral("</h2>\n");
            break;
        case ReportBlock::Kind::Paragraph:
            out += QStringLiteral("<p dir=\"auto\">") + escape(block.text) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Kind::Bullets:
            out += QStringLiteral("<ul>\n");
            for (const QString& item : block.items)
                out += QStringLiteral("<li dir=\"auto\">") + escape(item) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Table:
            out += tableHtml(block.table);
            break;
        }
    }
    return out + QStringLiteral("</body>\n</html>\n");
}

void HtmlWriter::write(const TableDocument& table, const QString& path) const
{
    writerutil::writeFile(path, render(table).toUtf8());
}

}  // namespace thema
