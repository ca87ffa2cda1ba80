#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// ICU's converters and charset detector behind two functions, for the decoder (ICU stays in core/text).
namespace thema::charset {

/**
 * Decodes @p bytes in @p encoding (an ICU converter name such as "UTF-16LE" or "windows-1252") strictly:
 * returns nullopt when any byte sequence is invalid or unmapped, instead of inserting U+FFFD.
 * The bytes are taken as they are: a BOM is not removed.
 */
std::optional<QString> decodeStrict(const QByteArray& bytes, const QString& encoding);

/**
 * Legacy (non-Unicode) encodings to try, in order, for @p bytes that are not UTF-8 or UTF-16: ICU's charset
 * detector's matches, most confident first, with Windows-1252 moved to the front for Western text. Western
 * text is the default: Windows-1252 goes first unless another encoding is at least 15 points more confident
 * and the file has at least 8 non-ASCII bytes to base that on (a short "café" is not evidence for Czech).
 * "ISO-8859-1" is reported as "windows-1252", its superset for text (0x80–0x9F are curly quotes, dashes and
 * the ellipsis rather than C1 controls). Windows-1252 is always in the list. Unicode encodings and EBCDIC are
 * left out: the caller has ruled out the former, and the latter is not a text-file encoding.
 */
QStringList legacyCandidates(const QByteArray& bytes);

}  // namespace thema::charset
