// Markdown and HTML reliability reports.
#include "agreement/report.h"

namespace thema::agreement::report {
namespace {

QString codeName(const ProjectAgreement& a, int c)
{
    return a.codes[c].path.isEmpty() ? a.codes[c].name : a.codes[c].path;
}

QString mdEscape(QString s)
{
    return s.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

QStringList pooledLines(const ProjectAgreement& a)
{
    QStringList lines;
    const QJsonObject& p = a.result.pooled;
    for (const QString& key : {QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"), QStringLiteral("scott_pi"),
                               QStringLiteral("fleiss_kappa"), QStringLiteral("conger_kappa"), QStringLiteral("brennan_prediger"),
                               QStringLiteral("gwet_ac1"), QStringLiteral("krippendorff_alpha"), QStringLiteral("u_alpha"),
                               QStringLiteral("binary_u_alpha"), QStringLiteral("cu_alpha")})
        if (p.contains(key))
            lines.append(heading(key == QLatin1String("scott_pi") ? QStringLiteral("Scott's π") :
                                 key == QLatin1String("conger_kappa") ? QStringLiteral("Conger's κ") : key) +
                         QStringLiteral(": ") + cell(p, key));
    return lines;
}

}  // namespace

QString markdown(const ProjectAgreement& a)
{
    QString out = QStringLiteral("# Intercoder agreement (%1 units)\n\n").arg(unitKindName(a.result.unit));
    out += methodsSentence(a) + QStringLiteral("\n\n## Pooled\n\n");
    for (const QString& l : pooledLines(a))
        out += QStringLiteral("- ") + l + QLatin1Char('\n');
    const QStringList cols = columnsFor(a.result.unit, int(a.coders.size()));
    out += QStringLiteral("\n## Per code\n\n| Code |");
    for (const QString& c : cols)
        out += QLatin1Char(' ') + heading(c) + QStringLiteral(" |");
    out += QStringLiteral("\n|---|");
    for (qsizetype i = 0; i < cols.size(); ++i)
        out += QStringLiteral("---:|");
    out += QLatin1Char('\n');
    for (const FigureRow& r : a.result.perCode) {
        out += QStringLiteral("| ") + mdEscape(codeName(a, r.code)) + QStringLiteral(" |");
        for (const QString& c : cols)
            out += QLatin1Char(' ') + cell(r.figures, c) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\n## Per source\n\n| Source |");
    for (const QString& c : cols)
        out += QLatin1Char(' ') + heading(c) + QStringLiteral(" |");
    out += QStringLiteral("\n|---|");
    for (qsizetype i = 0; i < cols.size(); ++i)
        out += QStringLiteral("---:|");
    out += QLatin1Char('\n');
    for (const FigureRow& r : a.result.perSource) {
        out += QStringLiteral("| ") + mdEscape(a.sources[r.source].name) + QStringLiteral(" |");
        for (const QString& c : cols)
            out += QLatin1Char(' ') + cell(r.figures, c) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    if (!a.result.notes.isEmpty()) {
        out += QStringLiteral("\n## Notes\n\n");
        for (const QString& n : a.result.notes)
            out += QStringLiteral("- ") + n + QLatin1Char('\n');
    }
    out += QStringLiteral("\n“–” marks a coefficient that is undefined for these data (no variance, e.g. a code only one coder used "
                          "nowhere, or one used everywhere); intervals are 95% percentile bootstrap intervals over sources.\n");
    return out;
}

QString html(const ProjectAgreement& a)
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Intercoder agreement</title>\n"
                                 "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
                                 "td,th{border:1px solid #ccc;padding:.3em .6em}td.n{text-align:right}</style></head><body>\n");
    out += QStringLiteral("<h1>Intercoder agreement (%1 units)</h1>\n<p>%2</p>\n<h2>Pooled</h2>\n<ul>\n")
               .arg(unitKindName(a.result.unit), esc(methodsSentence(a)));
    for (const QString& l : pooledLines(a))
        out += QStringLiteral("<li>") + esc(l) + QStringLiteral("</li>\n");
    out += QStringLiteral("</ul>\n");
    const QStringList cols = columnsFor(a.result.unit, int(a.coders.size()));
    const auto table = [&](const QString& title, const QString& first, const QList<FigureRow>& rows, bool byCode) {
        out += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th>").arg(title, first);
        for (const QString& c : cols)
            out += QStringLiteral("<th>") + esc(heading(c)) + QStringLiteral("</th>");
        out += QStringLiteral("</tr>\n");
        for (const FigureRow& r : rows) {
            out += QStringLiteral("<tr><td>") + esc(byCode ? codeName(a, r.code) : a.sources[r.source].name) + QStringLiteral("</td>");
            for (const QString& c : cols)
                out += QStringLiteral("<td class=\"n\">") + esc(cell(r.figures, c)) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    };
    table(QStringLiteral("Per code"), QStringLiteral("Code"), a.result.perCode, true);
    table(QStringLiteral("Per source"), QStringLiteral("Source"), a.result.perSource, false);
    if (!a.result.notes.isEmpty()) {
        out += QStringLiteral("<h2>Notes</h2>\n<ul>\n");
        for (const QString& n : a.result.notes)
            out += QStringLiteral("<li>") + esc(n) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

}  // namespace thema::agreement::report
