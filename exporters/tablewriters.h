#pragma once

#include "tablewriter.h"

#include <memory>

namespace thema {

/** The extensions a table can be written to: md, tex, csv, html, docx, xlsx. */
QStringList tableFormats();

/** The writer for @p path's extension (case-insensitive); thema::Error naming the file and the choices otherwise. */
std::unique_ptr<TableWriter> tableWriterFor(const QString& path);

}  // namespace thema
