#pragma once

#include "datatable.h"
#include "importer.h"

namespace thema {

/**
 * The part the table importers (CSV/TSV, XLSX, ODS) share: read() takes the one source of a transcript table and
 * refuses a survey table that makes several (callers that can write several use readSources()).
 */
class TableImporter : public Importer {
public:
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;
    QList<SourceDraft> readSources(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

protected:
    /** The file's first sheet or its rows. Throws thema::Error naming @p fileName. */
    virtual DataTable table(const QByteArray& bytes, const QString& fileName) const = 0;
};

}  // namespace thema
