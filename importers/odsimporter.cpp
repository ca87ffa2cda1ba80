#include "odsimporter.h"

#include "odstable.h"
#include "ziparchive.h"

#include <QFileInfo>

namespace thema {

int OdsImporter::sniff(const QByteArray& head, const QString& fileName) const
{
    if (!ZipArchive::looksLikeZip(head))
        return 0;
    // ODF packages store an uncompressed "mimetype" entry first, so its content sits at byte 38.
    if (head.mid(30, 8) == "mimetype" && head.mid(38).startsWith("application/vnd.oasis.opendocument.spreadsheet"))
        return 100;
    return QFileInfo(fileName).suffix().compare(QLatin1String("ods"), Qt::CaseInsensitive) == 0 ? 50 : 0;
}

DataTable OdsImporter::table(const QByteArray& bytes, const QString& fileName) const
{
    return readOds(bytes, fileName);
}

}  // namespace thema
