#pragma once

#include "importer.h"

namespace thema {

/**
 * Word 97–2003 documents (.doc, an OLE compound file). The text comes from a Debian-packaged converter run as a
 * separate process: antiword (package antiword) first, catdoc (package catdoc) when antiword cannot read the
 * file; speaker labels are then found as in plain text. Without a converter, or when none can read the file,
 * the import is refused with a message naming the file and saying how to convert it: never binary garbage.
 */
class DocImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("doc"); }
    QStringList extensions() const override { return {QStringLiteral("doc")}; }
    /** 100 for an OLE compound file named .doc (other OLE files are protected or legacy Office files). */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

    /** True when an OLE compound file signature starts @p head. */
    static bool isOle(const QByteArray& head);
};

}  // namespace thema
