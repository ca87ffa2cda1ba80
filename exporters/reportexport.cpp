#include "reportexport.h"

#include "analysis/analysisdata.h"
#include "model/error.h"
#include "store/projectstore.h"
#include "tables/reportdocuments.h"
#include "tablewriters.h"

namespace thema {

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Themes: return QStringLiteral("themes");
    case ReportKind::Extracts: return QStringLiteral("extracts");
    case ReportKind::Codebook: return QStringLiteral("codebook");
    case ReportKind::Matrix: return QStringLiteral("matrix");
    case ReportKind::Reliability: return QStringLiteral("reliability");
    case ReportKind::Saturation: return QStringLiteral("saturation");
    }
    return QString();
}

std::optional<ReportKind> reportKindFromName(const QString& name)
{
    for (ReportKind k : {ReportKind::Themes, ReportKind::Extracts, ReportKind::Codebook, ReportKind::Matrix, ReportKind::Reliability,
                         ReportKind::Saturation})
        if (reportKindName(k) == name)
            return k;
    return std::nullopt;
}

TableDocument buildReport(const ProjectStore& store, ReportKind kind, const AnalysisOptions& options)
{
    const AnalysisData data(store, options);
    switch (kind) {
    case ReportKind::Themes: return reports::themeTable(data);
    case ReportKind::Extracts: return reports::extracts(data);
    case ReportKind::Codebook: return reports::codebook(data);
    case ReportKind::Matrix: return reports::matrix(data);
    case ReportKind::Reliability: return reports::reliability(data);
    case ReportKind::Saturation: return reports::saturation(data);
    }
    throw Error(QStringLiteral("%1: unknown kind of report").arg(store.path()));
}

TableDocument exportReport(const ProjectStore& store, ReportKind kind, const AnalysisOptions& options, const QString& path)
{
    const auto writer = tableWriterFor(path);
    TableDocument table = buildReport(store, kind, options);
    writer->write(table, path);
    return table;
}

}  // namespace thema
