// The agreement figures as one data table (thema-cli agreement --csv): every scope, every scalar figure.
#include "tables/reportdocuments.h"

#include "agreement/report.h"

namespace thema::reports {
namespace {

QString plain(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isNull())
        return QStringLiteral("NA");
    return {};
}

}  // namespace

TableDocument agreementFigures(const agreement::ProjectAgreement& a)
{
    using agreement::FigureRow;
    // Every scalar key that occurs anywhere, in a stable order: the unit's columns first.
    QStringList keys = agreement::report::columnsFor(a.result.unit, int(a.coders.size()));
    const auto collect = [&](const QJsonObject& f) {
        for (auto it = f.begin(); it != f.end(); ++it)
            if ((it.value().isDouble() || it.value().isNull()) && !keys.contains(it.key()))
                keys.append(it.key());
    };
    collect(a.result.pooled);
    for (const auto* list : {&a.result.perCode, &a.result.perSource, &a.result.perCodeSource})
        for (const FigureRow& r : *list)
            collect(r.figures);
    TableDocument doc;
    doc.title = QStringLiteral("Intercoder agreement (%1 units)").arg(agreement::unitKindName(a.result.unit));
    doc.sheetName = QStringLiteral("Agreement");
    doc.headers = QStringList{QStringLiteral("scope"), QStringLiteral("code"), QStringLiteral("source")} + keys +
                  QStringList{QStringLiteral("alpha_ci_low"), QStringLiteral("alpha_ci_high")};
    for (int c = 3; c < doc.headers.size(); ++c)
        doc.numericColumns.append(c);
    const auto line = [&](const QString& scope, const FigureRow& r) {
        TableRow row;
        row.cells = {{scope},
                     {r.code >= 0 ? (a.codes[r.code].path.isEmpty() ? a.codes[r.code].name : a.codes[r.code].path) : QString()},
                     {r.source >= 0 ? a.sources[r.source].name : QString()}};
        for (const QString& k : keys)
            row.cells.append({plain(r.figures.value(k))});
        QJsonObject ci;
        for (const char* k : {"krippendorff_alpha_ci", "u_alpha_ci", "binary_u_alpha_ci"})
            if (ci.isEmpty())
                ci = r.figures.value(QLatin1String(k)).toObject();
        row.cells.append({ci.isEmpty() ? QString() : plain(ci.value(QStringLiteral("low")))});
        row.cells.append({ci.isEmpty() ? QString() : plain(ci.value(QStringLiteral("high")))});
        doc.rows.append(row);
    };
    line(QStringLiteral("pooled"), {-1, -1, a.result.pooled});
    for (const FigureRow& r : a.result.perCode)
        line(QStringLiteral("code"), r);
    for (const FigureRow& r : a.result.perSource)
        line(QStringLiteral("source"), r);
    for (const FigureRow& r : a.result.perCodeSource)
        line(QStringLiteral("code_source"), r);
    doc.notes = a.result.notes;
    return doc;
}

}  // namespace thema::reports
