#include "format/xlsxtablewriter.h"

#include "format/writerutil.h"
#include "model/error.h"
#include "outputfile.h"

#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <numeric>

namespace thema {
namespace {

constexpr qsizetype kMaxCellChars = 32000;  // Excel's limit is 32,767 characters per cell

QByteArray cellBytes(const QString& text)
{
    QString t = writerutil::xmlSafe(text);
    if (t.size() > kMaxCellChars) {
        t.truncate(kMaxCellChars);
        if (t.back().isHighSurrogate())
            t.chop(1);
        t += QStringLiteral("…");
    }
    return t.toUtf8();
}

QByteArray sheetName(const QString& name, const QString& fallback)
{
    QString n = name.isEmpty() ? fallback : name;
    n.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    n = n.simplified().left(31);
    return (n.isEmpty() ? fallback : n).toUtf8();
}

/** The four body styles: right-to-left or not, quote-prefixed or not. */
struct Formats {
    lxw_format* cell[2][2] = {};
    lxw_format* header = nullptr;
    lxw_format* number = nullptr;
    lxw_format* title = nullptr;

    explicit Formats(lxw_workbook* wb)
    {
        for (int rtl = 0; rtl < 2; ++rtl)
            for (int quote = 0; quote < 2; ++quote) {
                lxw_format* f = workbook_add_format(wb);
                format_set_text_wrap(f);
                format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
                if (rtl)
                    format_set_reading_order(f, 2);
#if LXW_VERSION_ID >= 115
                if (quote)
                    format_set_quote_prefix(f);
#endif
                cell[rtl][quote] = f;
            }
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xE7E6E6);
        number = workbook_add_format(wb);
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 13);
    }
};

void writeText(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const QString& text, const Formats& formats)
{
    const int rtl = writerutil::isRightToLeft(text) ? 1 : 0;
    const int quote = writerutil::looksLikeFormula(text) ? 1 : 0;
    worksheet_write_string(ws, row, col, cellBytes(text).constData(), formats.cell[rtl][quote]);
}

void fill(lxw_workbook* wb, const TableDocument& table)
{
    const Formats formats(wb);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName(table.sheetName, QStringLiteral("Table")).constData());
    const qsizetype n = table.headers.size();
    const QList<double> weights = table.widths.size() == n ? table.widths : QList<double>(n, 1.0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (qsizetype c = 0; c < n; ++c) {
        const double width = sum > 0 ? weights[c] / sum * 22.0 * double(n) : 20.0;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::clamp(width, 8.0, 90.0), nullptr);
        worksheet_write_string(ws, 0, lxw_col_t(c), cellBytes(table.headers[c]).constData(), formats.header);
    }
    worksheet_freeze_panes(ws, 1, 0);

    const QList<TableRow> rows = table.filledRows();
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < n; ++c) {
            const QString text = c < rows[r].cells.size() ? rows[r].cells[c].join(QLatin1Char('\n')) : QString();
            if (text.isEmpty())
                continue;
            bool isNumber = false;
            const double value = text.toDouble(&isNumber);
            if (isNumber && table.numericColumns.contains(int(c)))
                worksheet_write_number(ws, lxw_row_t(r + 1), lxw_col_t(c), value, formats.number);
            else
                writeText(ws, lxw_row_t(r + 1), lxw_col_t(c), text, formats);
        }

    lxw_worksheet* notes = workbook_add_worksheet(wb, "Notes");
    worksheet_set_column(notes, 0, 0, 120, nullptr);
    worksheet_write_string(notes, 0, 0, cellBytes(table.title).constData(), formats.title);
    for (qsizetype i = 0; i < table.notes.size(); ++i)
        writeText(notes, lxw_row_t(i + 2), 0, table.notes[i], formats);
}

}  // namespace

void XlsxTableWriter::write(const TableDocument& table, const QString& path) const
{
    // libxlsxwriter writes the named file itself: into OutputFile's temporary file, renamed over the target.
    OutputFile out(path);
    lxw_workbook* wb = workbook_new(QFile::encodeName(out.tempPath()).constData());
    if (!wb)
        throw Error(QStringLiteral("%1: cannot create the workbook").arg(path));
    QByteArray title = table.title.toUtf8(), comments("Written by Thema");
    lxw_doc_properties properties = {};
    properties.title = title.data();  // libxlsxwriter 1.1 declares these char*, but only reads them
    properties.comments = comments.data();
    workbook_set_properties(wb, &properties);
    fill(wb, table);
    const lxw_error error = workbook_close(wb);
    if (error != LXW_NO_ERROR)
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    out.commit();
}

}  // namespace thema
