#pragma once

#include "agreement/projectagreement.h"

#include <QJsonObject>

namespace thema::agreement {

/**
 * The reliability report of a project agreement as JSON: {unit, coders, codes, sources, pooled, per_code,
 * per_source, per_code_source, notes, methods_sentence}; pooled and each per_code entry carry the figure keys of
 * LayerResult. The printed report (Markdown, HTML) and the figures as a data table (CSV, XLSX) are the exporters'
 * reports::agreementReport, one document written by the table writers.
 */
namespace report {

QJsonObject json(const ProjectAgreement& agreement);

/** The figure keys shown as columns for a unit (in order), and their human headings. */
QStringList columnsFor(UnitKind unit, int coders);
QString heading(const QString& key);
/** A figure for a table cell: 3 decimals, "–" for undefined, "" for absent; with "[low, high]" when it has an interval. */
QString cell(const QJsonObject& figures, const QString& key);

}  // namespace report
}  // namespace thema::agreement
