#include "xlsximporter.h"

#include "xlsxtable.h"
#include "ziparchive.h"

namespace thema {

int XlsxImporter::sniff(const QByteArray& head, const QString&) const
{
    return ZipArchive::looksLikeZip(head) && head.contains("xl/") && !head.contains("word/") ? 100 : 0;
}

DataTable XlsxImporter::table(const QByteArray& bytes, const QString& fileName) const
{
    return readXlsx(bytes, fileName);
}

}  // namespace thema
