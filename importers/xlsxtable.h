#pragma once

#include "datatable.h"

#include <QByteArray>

namespace thema {

/**
 * Reads the first worksheet of an Office Open XML workbook (.xlsx) with the project's zip and XML readers
 * (ZipArchive, pugixml): shared strings, inline strings and rich text runs become text; numbers stay as written
 * (times are fractions of a day there). Throws thema::Error naming @p fileName for a file that is no workbook.
 */
DataTable readXlsx(const QByteArray& bytes, const QString& fileName);

}  // namespace thema
