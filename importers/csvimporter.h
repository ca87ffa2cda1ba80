#pragma once

#include "tableimporter.h"

namespace thema {

/** Comma-separated tables (',' or ';' as European Excel writes them): transcripts or survey answers. */
class CsvImporter : public TableImporter {
public:
    QString format() const override { return QStringLiteral("csv"); }
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    int sniff(const QByteArray&, const QString&) const override { return 0; }  // no signature: by extension

protected:
    DataTable table(const QByteArray& bytes, const QString& fileName) const override;
};

}  // namespace thema
