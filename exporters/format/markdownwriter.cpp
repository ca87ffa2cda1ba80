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

}  // namespace

QString MarkdownWriter::render(const TableDocument& table)
{
    QString out;
    if (!table.title.isEmpty())
        out += QStringLiteral("# ") + table.title.simplified() + QStringLiteral("\n\n");
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

void MarkdownWriter::write(const TableDocument& table, const QString& path) const
{
    writerutil::writeFile(path, render(table).toUtf8());
}

}  // namespace thema
