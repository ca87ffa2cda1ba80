#include "tables/reportdocuments.h"

#include "analysis/analysisdata.h"
#include "analysis/codebookreport.h"

namespace thema::reports {

TableDocument codebook(const AnalysisData& data)
{
    TableDocument doc;
    doc.title = QStringLiteral("Codebook");
    doc.sheetName = QStringLiteral("Codebook");
    doc.headers = {QStringLiteral("Category"), QStringLiteral("Code"), QStringLiteral("Definition"), QStringLiteral("When to use"),
                   QStringLiteral("When not to use"), QStringLiteral("Example"), QStringLiteral("Codings"),
                   QStringLiteral("Sources"), QStringLiteral("Participants"), QStringLiteral("Themes")};
    doc.widths = {1.6, 1.8, 3.3, 2.8, 2.8, 2.8, 1.5, 1.5, 1.9, 2.2};
    doc.numericColumns = {6, 7, 8};
    doc.carriedColumns = {0};
    for (const CodebookRow& c : buildCodebook(data)) {
        TableRow row;
        row.level = c.level;
        const QString indent = c.level > 1 ? QString(c.level - 1, QChar(0x2003)) : QString();
        const CodeDescription& d = c.code.description;
        row.cells = {{c.level == 0 ? c.code.name : QString()}, {c.level == 0 ? QString() : indent + c.code.name},
                     {d.definition}, {d.whenToUse}, {d.whenNotToUse}, {d.example},
                     {QString::number(c.codings)}, {QString::number(c.sources)}, {QString::number(c.participants)}, c.themes};
        doc.rows.append(row);
    }
    doc.notes.append(QStringLiteral("Counts include a code's subcodes (a category counts the codings below it)%1. Participants: "
                                    "who said something coded with it (interviewers not counted).")
                         .arg(data.options().coders.isEmpty() ? QStringLiteral(", by every coder") : QStringLiteral(", by the chosen coders")));
    return doc;
}

}  // namespace thema::reports
