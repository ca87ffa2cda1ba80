#pragma once

#include "analysis/analysisoptions.h"
#include "tabledocument.h"

#include <optional>

namespace thema {

class ProjectStore;

/** The paper-ready exports (the CLI's `export KIND` and the GUI's export dialogs offer the same). */
enum class ReportKind { Themes, Extracts, Codebook, Matrix, Reliability, Saturation };

/** "themes", "extracts", "codebook", "matrix", "reliability", "saturation". */
QString reportKindName(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString& name);

/** The table of @p kind for the project (see core/analysis for the rules). Throws thema::Error when it cannot be made. */
TableDocument buildReport(const ProjectStore& store, ReportKind kind, const AnalysisOptions& options);

/**
 * Builds the table and writes it to @p path in the format its extension names (tableFormats()). The format is
 * checked before anything is computed; the file is written whole or not at all. Returns the table written.
 */
TableDocument exportReport(const ProjectStore& store, ReportKind kind, const AnalysisOptions& options, const QString& path);

}  // namespace thema
