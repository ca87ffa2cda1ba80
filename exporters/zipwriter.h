#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace thema {

/**
 * Writes a zip archive (deflate) with libzip, which stays behind this class. Entries are collected in memory
 * and written by commit() through OutputFile (a temporary file beside the target, renamed over it), so a failed
 * export never leaves a half-written archive and never replaces a project. Throws thema::Error naming the file on failure.
 */
class ZipWriter {
public:
    explicit ZipWriter(QString path) : m_path(std::move(path)) {}

    /** Adds an entry; @p name uses '/' and must be relative without "..". */
    void add(const QString& name, const QByteArray& bytes);
    void commit();

private:
    QString m_path;
    QList<std::pair<QString, QByteArray>> m_entries;
};

}  // namespace thema
