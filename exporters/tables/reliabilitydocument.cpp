#include "tables/reportdocuments.h"

#include "agreement/projectagreement.h"
#include "agreement/report.h"
#include "analysis/analysisdata.h"
#include "model/error.h"
#include "store/projectstore.h"

#include <algorithm>

namespace thema::reports {

TableDocument reliability(const AnalysisData& data)
{
    const AnalysisOptions& o = data.options();
    agreement::AgreementRequest request;
    request.coders = o.coders;
    if (request.coders.isEmpty())  // every analyst; a consensus layer is not an independent coder
        for (const Coder& c : data.store().coders())
            if (!c.consensus)
                request.coders.append(c.id);
    for (Id c : o.codes)
        for (Id sub : data.codeSubtree(c))
            request.codes.append(sub);
    const auto unit = agreement::unitKindFromName(o.agreementUnit);
    if (!unit)
        throw Error(QStringLiteral("unknown agreement unit \"%1\": use character, word, sentence, turn, segment or continuum").arg(o.agreementUnit));
    request.options.unit = *unit;
    request.options.overlap = o.overlap;
    const agreement::ProjectAgreement a = agreement::projectAgreement(data.store(), request);

    QStringList coders;
    for (const Coder& c : a.coders)
        coders.append(c.name);
    TableDocument doc;
    doc.title = QStringLiteral("Intercoder reliability: %1 (%2 units)").arg(coders.join(QStringLiteral(", ")), agreement::unitKindName(*unit));
    doc.sheetName = QStringLiteral("Reliability");
    const QStringList keys = agreement::report::columnsFor(*unit, int(a.coders.size()));
    doc.headers = {QStringLiteral("Code")};
    doc.widths = {4};
    for (const QString& k : keys) {
        doc.headers.append(agreement::report::heading(k));
        doc.widths.append(1.6);
        doc.numericColumns.append(int(doc.headers.size() - 1));
    }
    auto row = [&](const QString& name, const QJsonObject& figures) {
        TableRow r;
        r.cells.append({name});
        for (const QString& k : keys)
            r.cells.append({agreement::report::cell(figures, k)});
        doc.rows.append(r);
    };
    row(QStringLiteral("All codes (pooled)"), a.result.pooled);
    for (const agreement::FigureRow& f : a.result.perCode)
        if (f.code >= 0 && f.code < a.codes.size())
            row(a.codes[f.code].path.isEmpty() ? a.codes[f.code].name : a.codes[f.code].path, f.figures);
    const QString methods = agreement::methodsSentence(a);
    doc.notes.append(methods);
    if (!a.unitDefinition.isEmpty() && !methods.contains(a.unitDefinition))
        doc.notes.append(a.unitDefinition);
    doc.notes.append(a.result.notes);
    const bool undefined = std::any_of(doc.rows.begin(), doc.rows.end(), [](const TableRow& r) {
        return std::any_of(r.cells.begin(), r.cells.end(), [](const TableCell& c) { return c == TableCell{QStringLiteral("\u2013")}; });
    });
    if (undefined)
        doc.notes.append(QStringLiteral("\u2013: undefined for these data (no variance)."));
    return doc;
}

}  // namespace thema::reports
