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
 * Decodes a file's bytes to text with ICU, in this order:
 *  1. a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides the encoding and is removed (hadBom = true);
 *  2. UTF-16 without a BOM when the bytes clearly say so (a NUL in every other byte, as in Latin-script text);
 *  3. strictly valid UTF-8 is UTF-8;
 *  4. otherwise ICU's charset detection picks a legacy encoding (encoding = ICU's name), Windows-1252 rather
 *     than ISO-8859-1 for Western text: 0x85 is "…" U+2026, 0x91/0x92 are U+2018/U+2019 and 0x93/0x94 are
 *     U+201C/U+201D, not C1 control characters (see charset::legacyCandidates for the order tried). A legacy
 *     decoding that yields C1 controls (U+0080–U+009F: bytes the encoding leaves undefined) counts as failed.
 *
 * Then CRLF and lone CR become LF. U+0085 (NEL), U+2028 and U+2029 are kept as they are: they are not line
 * breaks for Thema (a 0x85 in a legacy file is an ellipsis anyway). NULs that survive the binary check below
 * (a few in otherwise sound UTF-8 or UTF-16 text) become U+FFFD.
 *
 * Throws thema::Error whose message starts with @p fileName when the bytes are empty (or only a BOM), look
 * binary (NUL bytes in a file that is neither UTF-8 nor UTF-16, or more than 5% NUL and C0 control characters
 * other than TAB, LF, CR and FF), or decode in no encoding without replacement characters.
 */
DecodedText decodeText(const QByteArray& bytes, const QString& fileName);

/** CRLF and lone CR → LF; nothing else (U+0085, U+2028 and U+2029 stay). */
QString normalizeLineEndings(const QString& text);

}  // namespace thema
