#include "ziparchive.h"

#include "model/error.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace thema {

struct ZipArchive::Impl {
    QByteArray bytes;  // the buffer libzip reads from must outlive the archive
    zip_t* zip = nullptr;
    ZipLimits limits;
    QStringList names;
    mutable qint64 totalRead = 0;
    ~Impl()
    {
        if (zip)
            zip_discard(zip);
    }
};

namespace {

// Why an entry name could leave the archive when extracted, or an empty string when it is safe.
QString unsafeNameReason(const QString& name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.isEmpty())
        return QStringLiteral("an entry has an empty name");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("entry \"%1\" has an absolute path").arg(name);
    if (path.size() >= 2 && path[1] == QLatin1Char(':') && path[0].isLetter())
        return QStringLiteral("entry \"%1\" names a drive").arg(name);
    if (path.contains(QChar(0)))
        return QStringLiteral("entry \"%1\" contains a NUL character").arg(name);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QLatin1String("..")))
        return QStringLiteral("entry \"%1\" leaves the archive (\"..\" in its path)").arg(name);
    return {};
}

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

}  // namespace

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl, QString name) : m_impl(std::move(impl)), m_name(std::move(name)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArray("PK\x03\x04", 4)) || bytes.startsWith(QByteArray("PK\x05\x06", 4)) ||
           bytes.startsWith(QByteArray("PK\x07\x08", 4));
}

ZipArchive ZipArchive::fromPath(const QString& path, const ZipLimits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    return fromBytes(file.readAll(), path, limits);
}

ZipArchive ZipArchive::fromBytes(const QByteArray& bytes, const QString& displayName, const ZipLimits& limits)
{
    auto impl = std::make_unique<Impl>();
    impl->bytes = bytes;
    impl->limits = limits;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(impl->bytes.constData(), zip_uint64_t(impl->bytes.size()), 0, &error);
    if (!source) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw Error(QStringLiteral("%1: cannot read the zip archive: %2").arg(displayName, why));
    }
    impl->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl->zip) {
        const int code = zip_error_code_zip(&error);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(source);
        if (code == ZIP_ER_NOZIP)
            throw Error(QStringLiteral("%1: not a zip archive").arg(displayName));
        throw Error(QStringLiteral("%1: the zip archive is damaged: %2").arg(displayName, why));
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(impl->zip, 0);
    if (count > limits.maxEntries)
        throw Error(QStringLiteral("%1: the archive has %2 entries, more than the %3 allowed")
                        .arg(displayName).arg(count).arg(limits.maxEntries));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(impl->zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            throw Error(QStringLiteral("%1: the zip archive is damaged: entry %2 has no name").arg(displayName).arg(i));
        const QString name = QString::fromUtf8(raw);
        if (const QString why = unsafeNameReason(name); !why.isEmpty())
            throw Error(QStringLiteral("%1: unsafe zip archive: %2").arg(displayName, why));
        impl->names.append(name);
    }
    return ZipArchive(std::move(impl), displayName);
}

QStringList ZipArchive::entries() const
{
    return m_impl->names;
}

qint64 ZipArchive::indexOf(const QString& name, bool caseSensitive) const
{
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype i = 0; i < m_impl->names.size(); ++i)
        if (m_impl->names[i].compare(name, cs) == 0)
            return i;
    return -1;
}

bool ZipArchive::contains(const QString& name, bool caseSensitive) const
{
    return indexOf(name, caseSensitive) >= 0;
}

QByteArray ZipArchive::read(const QString& name, bool caseSensitive) const
{
    QByteArray data;
    readChunks(name, caseSensitive, [&](const char* bytes, qsizetype size, qint64 declared) {
        if (data.isEmpty() && declared > 0)
            data.reserve(declared);
        data.append(bytes, size);
    });
    return data;
}

void ZipArchive::readChunks(const QString& name, bool caseSensitive, const ChunkSink& sink) const
{
    const qint64 index = indexOf(name, caseSensitive);
    if (index < 0)
        throw Error(QStringLiteral("%1: the archive has no entry \"%2\"").arg(m_name, name));
    const ZipLimits& limits = m_impl->limits;
    const QString entry = m_impl->names[index];
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_impl->zip, zip_uint64_t(index), 0, &st) != 0)
        throw Error(QStringLiteral("%1: cannot read entry \"%2\": %3")
                        .arg(m_name, entry, QString::fromUtf8(zip_strerror(m_impl->zip))));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw Error(QStringLiteral("%1: entry \"%2\" is password-protected; remove the password and import again")
                        .arg(m_name, entry));
    const qint64 declared = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : -1;
    auto checkSize = [&](qint64 size) {
        if (size > limits.maxEntryBytes)
            throw Error(QStringLiteral("%1: entry \"%2\" is larger than %3 MiB uncompressed; refusing it (zip bomb?)")
                            .arg(m_name, entry).arg(limits.maxEntryBytes >> 20));
        if (m_impl->totalRead + size > limits.maxTotalBytes)
            throw Error(QStringLiteral("%1: the archive expands to more than %2 MiB; refusing it (zip bomb?)")
                            .arg(m_name).arg(limits.maxTotalBytes >> 20));
        if (size > limits.ratioFloorBytes && compressed >= 0 && size > qint64(limits.maxRatio) * qMax<qint64>(compressed, 1))
            throw Error(QStringLiteral("%1: entry \"%2\" expands more than %3 times (%4 bytes from %5); refusing it "
                                       "(zip bomb?)")
                            .arg(m_name, entry).arg(limits.maxRatio).arg(size).arg(compressed));
    };
    if (declared >= 0)
        checkSize(declared);

    zip_file_t* file = zip_fopen_index(m_impl->zip, zip_uint64_t(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_impl->zip));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
            throw Error(QStringLiteral("%1: entry \"%2\" is password-protected; remove the password and import again")
                            .arg(m_name, entry));
        throw Error(QStringLiteral("%1: cannot open entry \"%2\": %3").arg(m_name, entry, zipErrorText(code)));
    }
    qint64 inflated = 0;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString why = QString::fromUtf8(zip_error_strerror(zip_file_get_error(file)));
            zip_fclose(file);
            throw Error(QStringLiteral("%1: entry \"%2\" is damaged: %3").arg(m_name, entry, why));
        }
        if (n == 0)
            break;
        inflated += n;
        try {
            checkSize(inflated);  // the declared size may lie
            sink(buffer, qsizetype(n), declared);
        } catch (...) {
            zip_fclose(file);
            throw;
        }
    }
    if (zip_fclose(file) != 0)
        throw Error(QStringLiteral("%1: entry \"%2\" is damaged (checksum mismatch)").arg(m_name, entry));
    m_impl->totalRead += inflated;
}

}  // namespace thema
