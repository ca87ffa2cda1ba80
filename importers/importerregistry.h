#pragma once

#include "importer.h"

#include <memory>
#include <vector>

namespace thema {

/**
 * The one place where importers are registered, and where a file's importer is chosen: by content (the highest
 * sniff score), then by extension. Files no importer reads (legacy .doc, images, protected Office files) get an
 * Error that says what to do instead.
 */
class ImporterRegistry {
public:
    /** The registry with every built-in importer. */
    static const ImporterRegistry& instance();

    const Importer& importerFor(const QByteArray& bytes, const QString& fileName) const;
    const Importer* byFormat(const QString& format) const;
    QStringList formats() const;

    /** Reads @p path with the right importer. Throws Error naming the file for unreadable or unknown input. */
    SourceDraft readFile(const QString& path, const ImportOptions& options) const;
    /** Every source in @p path: one for a transcript, several for a table of survey answers. Throws like readFile. */
    QList<SourceDraft> readSources(const QString& path, const ImportOptions& options) const;

private:
    ImporterRegistry();
    std::vector<std::unique_ptr<Importer>> m_importers;
};

}  // namespace thema
