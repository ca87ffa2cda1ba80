#include "tables/reportdocuments.h"

#include "analysis/analysisdata.h"
#include "analysis/themetable.h"

namespace thema::reports {

QString groupHeader(const QString& group, const QString& attribute, int size)
{
    return QStringLiteral("%1 (n = %2)").arg(group.isEmpty() ? QStringLiteral("no %1").arg(attribute) : group).arg(size);
}

TableDocument themeTable(const AnalysisData& data)
{
    const ThemeTable t = buildThemeTable(data);
    TableDocument doc;
    doc.title = QStringLiteral("Themes and subthemes");
    doc.sheetName = QStringLiteral("Themes");
    doc.headers = {QStringLiteral("Theme"), QStringLiteral("Subtheme"), QStringLiteral("Definition")};
    doc.widths = {2, 2, 5};
    for (qsizetype g = 0; g < t.groups.size(); ++g) {
        doc.headers.append(groupHeader(t.groups[g], t.groupAttribute, t.groupSizes[g]));
        doc.widths.append(1.5);
    }
    doc.headers.append(QStringLiteral("Exemplar quotes"));
    doc.widths.append(7);
    doc.carriedColumns = {0};

    for (const ThemeTableRow& row : t.rows) {
        TableRow out;
        out.level = row.level;
        // A sub-subtheme names its subtheme ("Inner › Deep"): an indent alone was lost where white space is made
        // one (Markdown), and the row read as a subtheme of the theme.
        const QString sub = row.level > 1 ? row.theme.path.section(QLatin1Char('/'), 1).replace(QLatin1Char('/'), QStringLiteral(" › "))
                                          : row.theme.name;
        out.cells.append({row.level == 0 ? row.theme.name : QString()});
        out.cells.append({row.level == 0 ? QString() : sub});
        out.cells.append({row.theme.definition});
        for (qsizetype g = 0; g < t.groups.size(); ++g)
            out.cells.append({QStringLiteral("%1 of %2").arg(row.participants[g]).arg(t.groupSizes[g])});
        TableCell quotes;
        for (const ThemeQuote& q : row.quotes)
            quotes.append(QStringLiteral("\u201C%1\u201D %2").arg(q.text, q.attribution).trimmed());
        out.cells.append(quotes);
        doc.rows.append(out);
    }
    doc.notes.append(QStringLiteral("Participants per group: participants who said something coded with one of the theme's codes "
                                    "(for a theme, also its subthemes' codes), of the participants in that group (by \"%1\") "
                                    "who appear in the project; interviewers are not counted.")
                         .arg(t.groupAttribute));
    doc.notes.append(QStringLiteral("Quotes: the analyst's starred exemplars first, then the theme's own coded extracts, "
                                    "at most one per participant where possible; the coded span only."));
    return doc;
}

}  // namespace thema::reports
