#pragma once

#include "datatable.h"

#include <QByteArray>

namespace thema {

/**
 * Reads the first sheet of an OpenDocument spreadsheet (.ods) with the project's zip and XML readers (ZipArchive,
 * pugixml). Paragraphs in a cell become lines; numbers stay as stored (office:value); times ("PT00H01M02S")
 * become "00:01:02". Repeated rows and columns are expanded, except the empty ones that pad a sheet to its end.
 * Throws thema::Error naming @p fileName for a file that is no spreadsheet.
 */
DataTable readOds(const QByteArray& bytes, const QString& fileName);

}  // namespace thema
