#pragma once

#include "importer.h"

namespace thema {

/**
 * PDF transcripts through poppler's C++ interface (poppler-cpp, no Qt GUI): each page's words (Poppler::Page::textList, in poppler's reading order)
 * are laid out into paragraphs by pdfParagraphs() — margin numbers and running headers/footers dropped, lines
 * joined, end-of-line hyphens removed — and then read like plain text for speakers and turns.
 * Encrypted PDFs and PDFs without a text layer (scans) are refused with what to do instead.
 */
class PdfImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QStringList extensions() const override { return {QStringLiteral("pdf")}; }
    /** 100 for "%PDF-" in the first 1024 bytes. */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;
};

}  // namespace thema
