#include "tables/reportdocuments.h"

#include "analysis/analysisdata.h"
#include "analysis/extractlist.h"

namespace thema::reports {

TableDocument extracts(const AnalysisData& data)
{
    const bool byTheme = !data.options().themes.isEmpty() || data.options().rows == MatrixRows::Themes;
    TableDocument doc;
    doc.title = byTheme ? QStringLiteral("Coded extracts by theme") : QStringLiteral("Coded extracts by code");
    doc.sheetName = QStringLiteral("Extracts");
    doc.headers = {byTheme ? QStringLiteral("Theme") : QStringLiteral("Code"), QStringLiteral("Source"), QStringLiteral("Participant"),
                   QStringLiteral("Attributes"), QStringLiteral("Position"), QStringLiteral("Coder"), QStringLiteral("Extract"),
                   QStringLiteral("Memo")};
    doc.widths = {2.2, 1.4, 2.2, 2.3, 2.1, 1.2, 6.3, 2.5};
    QString previous;
    for (const ExtractRow& e : buildExtracts(data)) {
        TableRow row;
        QString position = QStringLiteral("%1\u2013%2").arg(e.coding.span.start).arg(e.coding.span.end);
        if (e.turn > 0)
            position = QStringLiteral("turn %1, %2").arg(e.turn).arg(position);
        row.cells = {{e.heading}, {e.source}, {e.participant}, {e.attributes}, {position}, {e.coder}, {e.text},
                     e.memo.isEmpty() ? TableCell() : e.memo.split(QLatin1Char('\n'))};
        doc.rows.append(row);
    }
    doc.notes.append(QStringLiteral("Position: the speaker turn where the extract starts, and its span in characters (Unicode code "
                                    "points, counted from 0, end excluded) in the source as imported."));
    doc.notes.append(QStringLiteral("%1 extracts.").arg(doc.rows.size()));
    return doc;
}

}  // namespace thema::reports
