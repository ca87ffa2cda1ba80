#pragma once

#include "analysis/analysisoptions.h"
#include "reportdocument.h"
#include "tabledocument.h"

namespace thema {

class AnalysisData;
namespace agreement {
struct ProjectAgreement;
}

/**
 * The paper-ready tables as TableDocuments: each adapts one core/analysis result (whose header states the
 * counting rules) into columns, and adds notes that say what the counts mean.
 */
namespace reports {

/** Theme | Subtheme | Definition | one column per group ("3 of 4") | Exemplar quotes. */
TableDocument themeTable(const AnalysisData& data);
/** Code or Theme | Source | Participant | Attributes | Position | Coder | Extract | Memo. */
TableDocument extracts(const AnalysisData& data);
/** Code | Definition | When to use | When not to use | Example | Codings | Sources | Participants | Themes. */
TableDocument codebook(const AnalysisData& data);
/**
 * Code | the agreement figures of the unit (core/agreement/report.h columnsFor) — pooled first, then per code.
 * Coders: AnalysisOptions::coders, else every coder but consensus layers; codes: AnalysisOptions::codes with
 * subcodes, else projectAgreement()'s default. Throws thema::Error for fewer than two coders.
 */
TableDocument reliability(const AnalysisData& data);
/**
 * The agreement figures as data, one row per scope (pooled, then per code, per source, per code × source):
 * scope | code | source | one column per scalar figure (the unit's columns first; "NA" for undefined) |
 * alpha_ci_low | alpha_ci_high. What `thema-cli agreement --csv` prints through CsvWriter.
 */
TableDocument agreementFigures(const agreement::ProjectAgreement& agreement);
/**
 * The agreement report: the methods sentence, the pooled figures, the per-code and per-source tables (the
 * unit's columns, intervals in brackets), the notes; its data table is agreementFigures(), left empty when
 * @p withData is false (MarkdownWriter and HtmlWriter do not print it, and it has a row per code × source). What
 * `thema-cli agreement --md|--html|--csv` prints through MarkdownWriter, HtmlWriter and CsvWriter.
 */
ReportDocument agreementReport(const agreement::ProjectAgreement& agreement, bool withData = true);
/** Code or theme | one column per group | Total. */
TableDocument matrix(const AnalysisData& data);
/** Order | Source | New codes | Codes so far | Codes first used here: computeSaturation() of the chosen coders. */
TableDocument saturation(const AnalysisData& data);

/** A group's column header: "clinician (n = 4)", or "no role (n = 1)" for participants without the attribute. */
QString groupHeader(const QString& group, const QString& attribute, int size);

}  // namespace reports
}  // namespace thema
