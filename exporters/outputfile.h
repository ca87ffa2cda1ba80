#pragma once

#include <QByteArray>
#include <QString>

namespace thema {

/**
 * The one way exporters write a file, for every face (thema-cli export, the GUI's export dialogs): the content
 * goes to a temporary file in the target's folder, which commit() renames over the target, so the target is
 * replaced whole or not at all. A symbolic link is followed: its target is replaced and the link kept.
 *
 * The constructor refuses (thema::Error naming the file) a target that is a folder, or that is — by any name, a
 * symlink or ".." — a Thema project or another SQLite database, or its -wal, -shm or -journal file: an export
 * must never replace the project it was made from. Nothing has been written when it throws.
 */
class OutputFile {
public:
    explicit OutputFile(const QString& path);
    ~OutputFile();  ///< removes the temporary file unless commit() ran
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /** Where to write (for libraries that write a named file themselves: libzip, libxlsxwriter). */
    QString tempPath() const { return m_temp; }
    /** Renames the finished temporary file over the target; thema::Error naming the target when it cannot. */
    void commit();

    /** Writes @p bytes to @p path whole, through an OutputFile. */
    static void write(const QString& path, const QByteArray& bytes);

private:
    QString m_path;    ///< as the user named it, for messages
    QString m_target;  ///< with symlinks followed
    QString m_temp;
    bool m_committed = false;
};

}  // namespace thema
