#include "csvimporter.h"

#include "delimitedtable.h"
#include "text/decoder.h"

namespace thema {

DataTable CsvImporter::table(const QByteArray& bytes, const QString& fileName) const
{
    return readDelimited(decodeText(bytes, fileName).text);
}

}  // namespace thema
