#pragma once

#include "importer.h"

namespace thema {

/**
 * HTML transcripts (.html, .htm, .xhtml), parsed with libxml2's lenient HTML parser (htmlReadMemory: real-world
 * tag soup, entities decoded, no network access). Body text keeps its block structure: p, div, li, h1–h6,
 * blockquote, pre, table cells (one paragraph each) and the like become paragraphs, br a soft line break;
 * script, style, template, noscript and the head are dropped; white space collapses as a browser shows it.
 *
 * Character set: a BOM decides (it cannot be wrong), then a <meta charset> / http-equiv declaration in the first
 * 4 KiB (ISO-8859-1 and ASCII read as Windows-1252, as browsers do), then valid UTF-8, then thema::decodeText's
 * detection. Speaker turns follow PlainTextImporter's rules.
 */
class HtmlImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList extensions() const override;
    /** 90 for a document starting (after a BOM, white space, comments) with <!DOCTYPE html> or <html. */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;
};

}  // namespace thema
