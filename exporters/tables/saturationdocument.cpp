#include "tables/reportdocuments.h"

#include "analysis/analysisdata.h"
#include "analysis/saturation.h"

namespace thema::reports {

TableDocument saturation(const AnalysisData& data)
{
    const QList<SaturationPoint> points = computeSaturation(data.store(), data.options().coders);
    TableDocument doc;
    doc.title = QStringLiteral("Code saturation: new codes per source, in coding order");
    doc.sheetName = QStringLiteral("Saturation");
    doc.headers = {QStringLiteral("Order"), QStringLiteral("Source"), QStringLiteral("New codes"), QStringLiteral("Codes so far"),
                   QStringLiteral("Codes first used here")};
    doc.widths = {0.8, 2.5, 1.2, 1.2, 6};
    doc.numericColumns = {0, 2, 3};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const SaturationPoint& p = points[i];
        TableRow row;
        row.cells = {{QString::number(i + 1)}, {p.name}, {QString::number(p.newCodes)}, {QString::number(p.cumulative)},
                     {p.newCodePaths.join(QStringLiteral("; "))}};
        doc.rows.append(row);
    }
    doc.notes.append(QStringLiteral("Sources in the order they were first coded (by the time of their first coding). A code is new in "
                                    "the first source where it was applied; Codes so far is the number of distinct codes used up to "
                                    "and including that source. Sources without codings are left out."));
    if (!data.options().coders.isEmpty())
        doc.notes.append(QStringLiteral("Only the codings of the chosen coders count."));
    return doc;
}

}  // namespace thema::reports
