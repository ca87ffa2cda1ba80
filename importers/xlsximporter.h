#pragma once

#include "tableimporter.h"

namespace thema {

/** Excel workbooks (.xlsx), first worksheet (xlsxtable.h): transcripts or survey answers. */
class XlsxImporter : public TableImporter {
public:
    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList extensions() const override { return {QStringLiteral("xlsx")}; }
    /** 100 for a zip whose first entries name "xl/" parts (registered before DOCX, which claims any OOXML zip). */
    int sniff(const QByteArray& head, const QString& fileName) const override;

protected:
    DataTable table(const QByteArray& bytes, const QString& fileName) const override;
};

}  // namespace thema
