#pragma once

#include "importer.h"

namespace thema {

/**
 * Word documents (.docx, .docm, .dotx; transitional and ISO Strict WordprocessingML). Parts are found through
 * the package relationships (falling back to the usual names); a missing styles part is fine. The body is read
 * by DocxBodyReader; footnotes and endnotes are appended after the body as "[Footnote 1] …"/"[Endnote i] …"
 * turns, with "[1]"/"[i]" markers where they were referenced; comments become memos anchored to the text they
 * comment on (a comment on a point covers its paragraph). Speaker turns come from PlainTextImporter's rules.
 *
 * The body is read as it inflates, one top-level block at a time (XmlElementStream), so memory stays near the
 * text's own size; a part the stream cannot cut (UTF-16, a DOCTYPE, damaged XML) is read whole instead.
 *
 * A zip that holds no Word document gets "not a Word document: …".
 */
class DocxImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("docx"); }
    QStringList extensions() const override;
    /** 100 for a zip naming word/ parts in its first bytes, 10 for any other zip (so it is told what it is not). */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

private:
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, bool stream) const;
};

}  // namespace thema
