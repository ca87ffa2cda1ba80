#pragma once

#include "importer.h"

namespace thema {

/**
 * Rich Text Format (.rtf), read by RtfReader: text with paragraphs, Unicode and code-page characters decoded,
 * footnotes appended as "[Footnote 1] …" turns. Speaker turns follow PlainTextImporter's rules.
 * Malformed RTF is refused with what is wrong and where, never imported as garbage.
 */
class RtfImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("rtf"); }
    QStringList extensions() const override { return {QStringLiteral("rtf")}; }
    /** 100 for a file starting with "{\rtf". */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;
};

}  // namespace thema
