#pragma once

#include "tableimporter.h"

namespace thema {

/** Tab-separated tables: transcripts or survey answers. */
class TsvImporter : public TableImporter {
public:
    QString format() const override { return QStringLiteral("tsv"); }
    QStringList extensions() const override { return {QStringLiteral("tsv"), QStringLiteral("tab")}; }
    int sniff(const QByteArray&, const QString&) const override { return 0; }  // no signature: by extension

protected:
    DataTable table(const QByteArray& bytes, const QString& fileName) const override;
};

}  // namespace thema
