#pragma once

#include "tableimporter.h"

namespace thema {

/** OpenDocument spreadsheets (.ods), first sheet (odstable.h): transcripts or survey answers. */
class OdsImporter : public TableImporter {
public:
    QString format() const override { return QStringLiteral("ods"); }
    QStringList extensions() const override { return {QStringLiteral("ods")}; }
    /** 100 for an ODF package whose mimetype entry says spreadsheet; 50 for another zip named .ods. */
    int sniff(const QByteArray& head, const QString& fileName) const override;

protected:
    DataTable table(const QByteArray& bytes, const QString& fileName) const override;
};

}  // namespace thema
