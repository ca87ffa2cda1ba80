#include "offsets.h"

#include <algorithm>

namespace thema {

TextOffsets::TextOffsets(const QString& text) : m_utf16(text.size())
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
    m_codePoints = m_utf16 - qint64(m_pairs.size());
}

qint64 TextOffsets::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_codePoints);
    if (m_pairs.empty())
        return codePoint;
    // The k-th pair (0-based) starts at code point m_pairs[k] - k; every pair before the target adds one unit.
    qint64 lo = 0, hi = qint64(m_pairs.size());
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_pairs[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qint64 TextOffsets::toCodePoint(qint64 utf16) const
{
    utf16 = std::clamp<qint64>(utf16, 0, m_utf16);
    if (m_pairs.empty())
        return utf16;
    // Pairs that start strictly before utf16 each remove one unit; a position inside a pair rounds down.
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16) - m_pairs.begin();
    return utf16 - before;
}

QString TextOffsets::mid(const QString& text, qint64 start, qint64 end)
{
    // Walks only as far as the end: a span near the start of a long text costs what it spans.
    start = std::max<qint64>(0, start);
    end = std::max(start, end);
    qsizetype i = 0, from = -1;
    for (qint64 cp = 0; i < text.size() && cp < end; ++cp) {
        if (cp == start)
            from = i;
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
    }
    if (from < 0)
        from = i;  // start at or past the end
    return text.mid(from, i - from);
}

qint64 TextOffsets::codePointLength(const QString& text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n)
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    return n;
}

qint64 TextOffsets::utf8ToCodePoint(const QByteArray& utf8, qint64 byteOffset)
{
    byteOffset = std::clamp<qint64>(byteOffset, 0, utf8.size());
    const auto continuation = [&](qint64 i) { return (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80; };
    qint64 n = 0;
    for (qint64 i = 0; i < byteOffset; ++i)
        if (!continuation(i))
            ++n;
    // Inside a multi-byte sequence: its lead byte was counted, but the offset belongs to that code point.
    if (byteOffset < utf8.size() && continuation(byteOffset) && n > 0)
        --n;
    return n;
}

qint64 TextOffsets::codePointToUtf8(const QByteArray& utf8, qint64 codePoint)
{
    if (codePoint <= 0)
        return 0;
    qint64 n = -1;
    for (qint64 i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80 && ++n == codePoint)
            return i;
    }
    return utf8.size();
}

}  // namespace thema
