// The agreement report (thema-cli agreement --md, --html, --csv) as one ReportDocument for every writer.
#include "tables/reportdocuments.h"

#include "agreement/report.h"

namespace thema::reports {
namespace {

using agreement::FigureRow;
using agreement::ProjectAgreement;

QStringList pooledLines(const ProjectAgreement& a)
{
    namespace report = agreement::report;
    QStringList lines;
    const QJsonObject& p = a.result.pooled;
    for (const QString& key : {QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"), QStringLiteral("scott_pi"),
                               QStringLiteral("fleiss_kappa"), QStringLiteral("conger_kappa"), QStringLiteral("brennan_prediger"),
                               QStringLiteral("gwet_ac1"), QStringLiteral("krippendorff_alpha"), QStringLiteral("u_alpha"),
                               QStringLiteral("binary_u_alpha"), QStringLiteral("cu_alpha")})
        if (p.contains(key))
            lines.append(report::heading(key == QLatin1String("scott_pi")       ? QStringLiteral("Scott's π")
                                         : key == QLatin1String("conger_kappa") ? QStringLiteral("Conger's κ")
                                                                                : key) +
                         QStringLiteral(": ") + report::cell(p, key));
    return lines;
}

/** First column (code path or source name) | the unit's figures, intervals in brackets. */
TableDocument figureTable(const ProjectAgreement& a, const QString& first, const QList<FigureRow>& rows, bool byCode)
{
    namespace report = agreement::report;
    const QStringList keys = report::columnsFor(a.result.unit, int(a.coders.size()));
    TableDocument t;
    t.headers.append(first);
    for (const QString& k : keys) {
        t.numericColumns.append(int(t.headers.size()));
        t.headers.append(report::heading(k));
    }
    for (const FigureRow& r : rows) {
        TableRow row;
        row.cells.append({byCode ? (a.codes[r.code].path.isEmpty() ? a.codes[r.code].name : a.codes[r.code].path)
                                 : a.sources[r.source].name});
        for (const QString& k : keys)
            row.cells.append({report::cell(r.figures, k)});
        t.rows.append(row);
    }
    return t;
}

}  // namespace

ReportDocument agreementReport(const ProjectAgreement& a, bool withData)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Intercoder agreement (%1 units)").arg(agreement::unitKindName(a.result.unit));
    doc.paragraph(agreement::methodsSentence(a));
    doc.heading(QStringLiteral("Pooled"));
    doc.bullets(pooledLines(a));
    doc.heading(QStringLiteral("Per code"));
    doc.table(figureTable(a, QStringLiteral("Code"), a.result.perCode, true));
    doc.heading(QStringLiteral("Per source"));
    doc.table(figureTable(a, QStringLiteral("Source"), a.result.perSource, false));
    if (!a.result.notes.isEmpty()) {
        doc.heading(QStringLiteral("Notes"));
        doc.bullets(a.result.notes);
    }
    doc.paragraph(QStringLiteral("“–” marks a coefficient that is undefined for these data (no variance, e.g. a code only one "
                                 "coder used nowhere, or one used everywhere); intervals are 95% percentile bootstrap intervals "
                                 "over sources."));
    if (withData)
        doc.data = agreementFigures(a);
    return doc;
}

}  // namespace thema::reports
