#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace thema {

/** Limits that keep a hostile archive (a zip bomb) from exhausting memory. Sizes are uncompressed bytes. */
struct ZipLimits {
    qint64 maxEntryBytes = qint64(256) << 20;  ///< one entry
    qint64 maxTotalBytes = qint64(512) << 20;  ///< everything read from one archive, summed
    qint64 ratioFloorBytes = qint64(1) << 20;  ///< entries at most this large are exempt from the ratio check
    int maxRatio = 200;                        ///< uncompressed:compressed above the floor
    int maxEntries = 100000;
};

/**
 * A read-only zip archive read defensively (libzip stays behind this class). Entry names that are absolute,
 * contain a ".." component or a backslash drive prefix are refused when listed or read, so no entry path can
 * leave the archive; encrypted entries are reported as password-protected; sizes are bounded by ZipLimits,
 * checked against the sizes the archive declares and again while inflating (a lying header does not help).
 *
 * Every failure throws thema::Error whose message starts with the archive's display name and says the problem.
 */
class ZipArchive {
public:
    /** Opens an archive held in memory; @p displayName (usually the file name) is used in messages. */
    static ZipArchive fromBytes(const QByteArray& bytes, const QString& displayName, const ZipLimits& limits = {});
    /** Opens an archive file. */
    static ZipArchive fromPath(const QString& path, const ZipLimits& limits = {});

    /** True when @p bytes start with a zip local-file or end-of-central-directory signature. */
    static bool looksLikeZip(const QByteArray& bytes);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    const QString& displayName() const { return m_name; }

    /** Entry names in archive order (directories included, with their trailing '/'). Throws on unsafe names. */
    QStringList entries() const;
    /** Whether an entry exists; @p caseSensitive false matches names ignoring ASCII/Unicode case. */
    bool contains(const QString& name, bool caseSensitive = true) const;
    /**
     * The uncompressed bytes of entry @p name. Throws Error when it is missing, unsafe, password-protected,
     * corrupt, or over the limits (the total counts every read on this archive object).
     */
    QByteArray read(const QString& name, bool caseSensitive = true) const;

    /** Receives an entry piece by piece: the bytes and the size the archive declares for the entry (-1: unknown). */
    using ChunkSink = std::function<void(const char* bytes, qsizetype size, qint64 declared)>;
    /**
     * Like read(), but hands the entry to @p sink in pieces of at most 64 KiB as it inflates, so a large part never
     * sits in memory whole. Limits and errors as read(); an exception from @p sink stops the reading and goes on up.
     */
    void readChunks(const QString& name, bool caseSensitive, const ChunkSink& sink) const;

private:
    struct Impl;
    ZipArchive(std::unique_ptr<Impl> impl, QString name);
    qint64 indexOf(const QString& name, bool caseSensitive) const;

    std::unique_ptr<Impl> m_impl;
    QString m_name;
};

}  // namespace thema
