#pragma once

#include "importer.h"

namespace thema {

/**
 * OpenDocument text (.odt, .ott, and flat .fodt XML): content.xml's office:text read by OdtBodyReader.
 * Notes are appended after the body like DOCX notes; office:annotation becomes a memo. An OpenDocument
 * spreadsheet or presentation is refused with what it is.
 */
class OdtImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("odt"); }
    QStringList extensions() const override;
    /** 100 for the ODF text mimetype at its fixed place in the zip, or a flat ODF text document. */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

private:
    /** @p stream: content.xml read as it inflates, a block at a time (XmlElementStream); else as one tree. */
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool stream) const;
};

}  // namespace thema
