#include "zipbuilder.h"

#include <zip.h>

#include <stdexcept>

namespace thema::test {

QByteArray buildZip(const QList<ZipEntrySpec>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, &error);
    if (!zip)
        throw std::runtime_error("cannot create a zip in memory");
    zip_source_keep(out);
    for (const ZipEntrySpec& e : entries) {
        // libzip copies nothing until zip_close, so the data must stay alive: the QList holds it.
        zip_source_t* src = zip_source_buffer(zip, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index = zip_file_add(zip, e.name.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (index < 0)
            throw std::runtime_error(zip_strerror(zip));
        if (!e.password.isEmpty() && zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256, e.password.constData()) != 0)
            throw std::runtime_error(zip_strerror(zip));
    }
    if (zip_close(zip) != 0)
        throw std::runtime_error("cannot write the zip");
    QByteArray bytes;
    zip_stat_t st;
    zip_source_stat(out, &st);
    zip_source_open(out);
    bytes.resize(qsizetype(st.size));
    zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
    zip_source_free(out);
    return bytes;
}

}  // namespace thema::test
