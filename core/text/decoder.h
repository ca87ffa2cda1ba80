#pragma once

#include <QByteArray>
#include <QString>

namespace thema {

/** The result of decoding a file's bytes into Thema's canonical text. */
struct DecodedText {
    QString text;       ///< Unicode, line endings normalised to LF, no BOM, NUL-free
    QString encoding;   ///< what was used: "UTF-8", "UTF-16LE", "windows-1252", …
    bool hadBom = false;
};

/**
 * Decodes bytes to text with ICU: a BOM (UTF-8/16/32) decides; otherwise valid UTF-8 is taken as UTF-8;
 * otherwise ICU's charset detection picks a legacy encoding (Windows-1252 for Western text, where 0x85 is
 * an ellipsis and 0x93/0x94 are curly quotes, not control characters). CRLF and lone CR become LF.
 *
 * Throws thema::Error naming @p fileName when the bytes are empty, look binary (NULs, control bytes)
 * or decode in no encoding without replacement characters.
 */
DecodedText decodeText(const QByteArray& bytes, const QString& fileName);

/** CRLF and lone CR → LF. */
QString normalizeLineEndings(const QString& text);

}  // namespace thema
