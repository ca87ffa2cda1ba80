#include "tables/reportdocuments.h"

#include "analysis/analysisdata.h"
#include "analysis/matrix.h"

namespace thema::reports {
namespace {

QString countName(MatrixCount count)
{
    switch (count) {
    case MatrixCount::Participants: return QStringLiteral("participants");
    case MatrixCount::Extracts: return QStringLiteral("coded extracts");
    case MatrixCount::Words: return QStringLiteral("coded words");
    }
    return QString();
}

}  // namespace

TableDocument matrix(const AnalysisData& data)
{
    const Matrix m = buildMatrix(data);
    const bool themes = m.rowKind == MatrixRows::Themes;
    TableDocument doc;
    doc.title = QStringLiteral("%1 by %2: %3").arg(themes ? QStringLiteral("Themes") : QStringLiteral("Codes"), m.groupAttribute, countName(m.count));
    doc.sheetName = QStringLiteral("Matrix");
    doc.headers = {themes ? QStringLiteral("Theme") : QStringLiteral("Code")};
    doc.widths = {4};
    for (qsizetype g = 0; g < m.columns.size(); ++g) {
        doc.headers.append(groupHeader(m.columns[g], m.groupAttribute, m.columnSizes[g]));
        doc.widths.append(1.4);
        doc.numericColumns.append(int(g + 1));
    }
    doc.headers.append(QStringLiteral("Total"));
    doc.widths.append(1.2);
    doc.numericColumns.append(int(m.columns.size() + 1));
    for (const MatrixRow& r : m.rows) {
        TableRow row;
        row.level = r.level;
        row.cells.append({r.path});
        for (qint64 v : r.cells)
            row.cells.append({QString::number(v)});
        row.cells.append({QString::number(r.total)});
        doc.rows.append(row);
    }
    switch (m.count) {
    case MatrixCount::Participants:
        doc.notes.append(QStringLiteral("Cells: participants of that group who said something coded with the row's codes; a row includes its subcodes or subthemes. Interviewers are not counted."));
        break;
    case MatrixCount::Extracts:
        doc.notes.append(QStringLiteral("Cells: coded extracts spoken by participants of that group; every coder's codings count. Total includes extracts attributed to nobody."));
        break;
    case MatrixCount::Words:
        doc.notes.append(QStringLiteral("Cells: words in the passages coded for the row (overlapping codings counted once), by the group of the speaker where each passage starts."));
        break;
    }
    return doc;
}

}  // namespace thema::reports
