#include "format/latexwriter.h"

#include "format/writerutil.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace thema {
namespace {

/** Characters pdfLaTeX prints with its default utf8 setup (Latin-1, Latin Extended-A, common punctuation). */
bool pdflatexKnows(char32_t c)
{
    return c < 0x7F || (c >= 0xA0 && c <= 0x17F) || (c >= 0x2010 && c <= 0x2026) || c == 0x20AC || c == 0x2122;
}

/**
 * Wraps each run of characters pdfLaTeX cannot print as \themaglyph{first code point}{run}: XeLaTeX and LuaLaTeX
 * print the run; pdfLaTeX prints "[U+XXXX]" and never expands the run (an undefined UTF-8 character would stop it).
 */
QString wrapUnknown(const QString& text)
{
    QString out;
    const QList<uint> ucs4 = text.toUcs4();
    for (qsizetype i = 0; i < ucs4.size();) {
        if (pdflatexKnows(ucs4[i])) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&ucs4[i]), 1);
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < ucs4.size() && !pdflatexKnows(ucs4[j]))
            ++j;
        out += QStringLiteral("\\themaglyph{%1}{%2}")
                   .arg(QString::number(ucs4[i], 16).toUpper().rightJustified(4, QLatin1Char('0')),
                        QString::fromUcs4(reinterpret_cast<const char32_t*>(&ucs4[i]), j - i));
        i = j;
    }
    return out;
}

QString cellText(const TableCell& cell)
{
    QStringList parts;
    for (const QString& p : cell)
        parts.append(LatexWriter::escape(p));
    return parts.join(QStringLiteral("\\par "));
}

QString label(const TableDocument& table)
{
    QString name = (table.sheetName.isEmpty() ? table.title : table.sheetName).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return QStringLiteral("tab:thema-") + name;
}

}  // namespace

QString LatexWriter::escape(const QString& text)
{
    QString out;
    const QString flat = text.simplified();
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat[i];
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\textbackslash{}"); break;
        case '{': out += QStringLiteral("\\{"); break;
        case '}': out += QStringLiteral("\\}"); break;
        case '#': out += QStringLiteral("\\#"); break;
        case '$': out += QStringLiteral("\\$"); break;
        case '%': out += QStringLiteral("\\%"); break;
        case '&': out += QStringLiteral("\\&"); break;
        case '_': out += QStringLiteral("\\_"); break;
        case '~': out += QStringLiteral("\\textasciitilde{}"); break;
        case '^': out += QStringLiteral("\\textasciicircum{}"); break;
        case '<': out += QStringLiteral("\\textless{}"); break;
        case '>': out += QStringLiteral("\\textgreater{}"); break;
        case '|': out += QStringLiteral("\\textbar{}"); break;
        // [ and * right after a row's \\ would be read as its optional arguments.
        case '[': out += QStringLiteral("{[}"); break;
        case ']': out += QStringLiteral("{]}"); break;
        case '*': out += QStringLiteral("{*}"); break;
        // Code and theme paths ("Access/Waiting times") may break after a slash in a narrow column.
        case '/': out += QStringLiteral("/\\allowbreak{}"); break;
        // "--" would print as a dash.
        case '-': out += (i + 1 < flat.size() && flat[i + 1] == QLatin1Char('-')) ? QStringLiteral("-{}") : QStringLiteral("-"); break;
        default: out += c;
        }
    }
    return wrapUnknown(out);
}

QString LatexWriter::render(const TableDocument& table)
{
    const qsizetype n = std::max<qsizetype>(1, table.headers.size());
    QString spec;
    // About 150 bold characters fit across a landscape A4 text width at 10 pt.
    for (double share : writerutil::columnShares(table, 150.0))
        spec += QStringLiteral(">{\\raggedright\\arraybackslash}p{\\dimexpr %1\\linewidth-2\\tabcolsep\\relax}")
                    .arg(0.995 * share, 0, 'f', 4);  // a little under \linewidth, for rounding

    QStringList header;
    for (const QString& h : table.headers)
        header.append(QStringLiteral("\\textbf{") + escape(h) + QLatin1Char('}'));
    const QString headerRow = header.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n");

    QString body;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (r > 0 && table.rows[r].level == 0 && std::any_of(table.rows.begin(), table.rows.end(), [](const TableRow& row) { return row.level > 0; }))
            body += QStringLiteral("\\addlinespace\n");
        QStringList cells;
        for (qsizetype c = 0; c < n; ++c) {
            cells.append(cellText(table.cell(r, c)));
        }
        body += cells.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n");
    }

    QString out;
    out += QStringLiteral("% ") + table.title.simplified() + QStringLiteral(" (written by Thema).\n");
    out += QStringLiteral("% Needs \\usepackage{booktabs,longtable,array}. The text is UTF-8: XeLaTeX or LuaLaTeX print every script;\n"
                          "% pdfLaTeX prints a run of characters it has no glyph for (emoji, non-Latin scripts) as [U+XXXX], its first code point.\n");
    out += QStringLiteral("\\providecommand{\\themaglyph}[2]{\\ifx\\XeTeXversion\\undefined\\ifx\\directlua\\undefined[U+#1]\\else#2\\fi\\else#2\\fi}\n");
    out += QStringLiteral("\\begin{longtable}{") + spec + QStringLiteral("}\n");
    if (!table.title.isEmpty())
        out += QStringLiteral("\\caption{") + escape(table.title) + QStringLiteral("}\\label{") + label(table) + QStringLiteral("}\\\\\n");
    out += QStringLiteral("\\toprule\n") + headerRow + QStringLiteral("\\midrule\n\\endfirsthead\n");
    out += QStringLiteral("\\toprule\n") + headerRow + QStringLiteral("\\midrule\n\\endhead\n");
    out += QStringLiteral("\\bottomrule\n\\endlastfoot\n");
    out += body;
    out += QStringLiteral("\\end{longtable}\n");
    for (const QString& note : table.notes)
        out += QLatin1Char('\n') + escape(note) + QLatin1Char('\n');
    return out;
}

void LatexWriter::write(const TableDocument& table, const QString& path) const
{
    writerutil::writeFile(path, render(table).toUtf8());
}

}  // namespace thema
