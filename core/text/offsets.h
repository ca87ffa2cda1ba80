#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace thema {

/**
 * Converts between the three offset systems of one text: Unicode code points (Thema's positions),
 * UTF-16 code units (QString, Qt views, NVivo) and UTF-8 bytes (Xapian).
 *
 * Built once per text in O(n); conversions are O(1) for text without surrogate pairs and O(log n) otherwise.
 * Offsets are clamped to the text's bounds. A UTF-16 offset inside a surrogate pair maps to the code point
 * that pair encodes (its start).
 */
class TextOffsets {
public:
    TextOffsets() = default;
    explicit TextOffsets(const QString& text);

    qint64 codePointCount() const { return m_codePoints; }
    qint64 utf16Count() const { return m_utf16; }

    qint64 toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(qint64 utf16) const;

    /** The substring [start, end) in code points. */
    static QString mid(const QString& text, qint64 start, qint64 end);
    /** Code points in a UTF-16 string. */
    static qint64 codePointLength(const QString& text);
    /** Code point offset → UTF-8 byte offset in a UTF-8 buffer (linear scan). */
    static qint64 utf8ToCodePoint(const QByteArray& utf8, qint64 byteOffset);
    static qint64 codePointToUtf8(const QByteArray& utf8, qint64 codePoint);

private:
    qint64 m_codePoints = 0;
    qint64 m_utf16 = 0;
    /** UTF-16 offsets of the high surrogates, ascending; empty for BMP-only text. */
    std::vector<qint64> m_pairs;
};

}  // namespace thema
