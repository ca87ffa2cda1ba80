#pragma once

#include "command.h"
#include "reportexport.h"
#include "store/projectstore.h"

namespace thema::cli {

/** The options of the paper-ready exports (--group-by, --label, --quotes, --theme, --code, --coder, --count, --rows, --max-quote-chars). */
void addTableExportOptions(QCommandLineParser& parser);

/** True when OUT (args[1]) ends in a table format's extension (.md, .tex, .csv, .html, .docx, .xlsx). */
bool isTableExport(const QStringList& args);

/** `export KIND PROJECT OUT.ext`: builds the table of @p kind with the options and writes it in OUT's format. */
int exportTable(ReportKind kind, ProjectStore& store, const QStringList& args, const QCommandLineParser& parser, Io& io);

}  // namespace thema::cli
