#include "zipwriter.h"

#include "model/error.h"
#include "outputfile.h"

#include <QFile>

#include <zip.h>

namespace thema {

void ZipWriter::add(const QString& name, const QByteArray& bytes)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        throw Error(QStringLiteral("%1: refusing the unsafe entry name \"%2\"").arg(m_path, name));
    m_entries.append({name, bytes});
}

void ZipWriter::commit()
{
    OutputFile out(m_path);
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(out.tempPath()).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        throw Error(QStringLiteral("%1: cannot create the file (libzip error %2)").arg(m_path).arg(error));
    const auto fail = [&](const QString& what) {
        const QString message = QStringLiteral("%1: %2: %3").arg(m_path, what, QString::fromUtf8(zip_strerror(zip)));
        zip_discard(zip);
        throw Error(message);
    };
    for (const auto& [name, bytes] : m_entries) {
        // libzip reads the buffer at zip_close(); m_entries outlives that call.
        zip_source_t* source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source)
            fail(QStringLiteral("cannot add %1").arg(name));
        const zip_int64_t index = zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            fail(QStringLiteral("cannot add %1").arg(name));
        }
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(zip) != 0)
        fail(QStringLiteral("cannot write the archive"));
    out.commit();
}

}  // namespace thema
