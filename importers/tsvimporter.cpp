#include "tsvimporter.h"

#include "delimitedtable.h"
#include "text/decoder.h"

namespace thema {

DataTable TsvImporter::table(const QByteArray& bytes, const QString& fileName) const
{
    return readDelimited(decodeText(bytes, fileName).text, QLatin1Char('\t'));
}

}  // namespace thema
