#include "positionmap.h"

#include "exchange/refiformat.h"

#include <QChar>

#include <algorithm>

namespace thema {
namespace {

qint64 countBefore(const std::vector<qint64>& sorted, qint64 cp)
{
    return qint64(std::lower_bound(sorted.begin(), sorted.end(), cp) - sorted.begin());
}

bool isWordChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

}  // namespace

QString PositionUnits::describe() const
{
    return QStringLiteral("%1%2").arg(utf16 ? QStringLiteral("UTF-16 code units") : QStringLiteral("code points"),
                                      crlfAsTwo ? QStringLiteral(", CRLF counted as two") : QString());
}

PositionMap::PositionMap(const QString& text, std::vector<bool> crlf)
{
    const QList<uint> ucs4 = text.toUcs4();
    m_text.assign(ucs4.begin(), ucs4.end());
    qsizetype lineFeed = 0;
    for (size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] > 0xFFFF)
            m_astral.push_back(qint64(i));
        if (m_text[i] == U'\n') {
            if (size_t(lineFeed) < crlf.size() && crlf[size_t(lineFeed)])
                m_crlfBreaks.push_back(qint64(i));
            ++lineFeed;
        }
    }
}

qint64 PositionMap::units(qint64 cp, PositionUnits u) const
{
    return cp + (u.utf16 ? countBefore(m_astral, cp) : 0) + (u.crlfAsTwo ? countBefore(m_crlfBreaks, cp) : 0);
}

std::optional<qint64> PositionMap::toCodePoint(qint64 pos, PositionUnits u) const
{
    const qint64 n = codePoints();
    if (pos < 0 || pos > units(n, u))
        return std::nullopt;
    // The largest code point whose unit offset is <= pos: units() is strictly increasing.
    qint64 lo = 0, hi = n;
    while (lo < hi) {
        const qint64 mid = (lo + hi + 1) / 2;
        if (units(mid, u) <= pos)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

bool PositionMap::atWordBoundary(qint64 cp) const
{
    if (cp <= 0 || cp >= codePoints())
        return true;
    return !(isWordChar(m_text[size_t(cp - 1)]) && isWordChar(m_text[size_t(cp)]));
}

PositionUnits PositionMap::detect(const QList<std::pair<qint64, qint64>>& spans, const QList<PositionUnits>& preferred,
                                  int* fitting, int* onBoundaries) const
{
    PositionUnits best = preferred.value(0);
    int bestFit = -1, bestBound = -1;
    for (const PositionUnits& u : preferred) {
        int fit = 0, bound = 0;
        for (const auto& [start, end] : spans) {
            const auto s = toCodePoint(start, u), e = toCodePoint(end, u);
            if (!s || !e)
                continue;
            ++fit;
            if (atWordBoundary(*s) && atWordBoundary(*e))
                ++bound;
        }
        if (fit > bestFit || (fit == bestFit && bound > bestBound)) {
            best = u;
            bestFit = fit;
            bestBound = bound;
        }
        if (!ambiguous())
            break;  // every candidate gives the same answer
    }
    if (fitting)
        *fitting = bestFit;
    if (onBoundaries)
        *onBoundaries = bestBound;
    return best;
}

QList<PositionUnits> PositionMap::preferenceFor(const QString& origin)
{
    const PositionUnits cp{false, false}, cpCrlf{false, true}, u16{true, false}, u16Crlf{true, true};
    // A unit Thema recorded is the unit; Thema writes LF only.
    if (const auto declared = refi::declaredPositionUnit(origin))
        return {*declared == refi::PositionUnit::Utf16 ? u16 : cp};
    if (origin.contains(QLatin1String("NVivo"), Qt::CaseInsensitive))
        return {u16Crlf, u16, cp, cpCrlf};
    return {cp, u16, cpCrlf, u16Crlf};
}

std::vector<bool> PositionMap::crlfBreaks(const QByteArray& raw, const QString& encoding, qsizetype lineFeeds)
{
    // Read code units of the file's width; CR and LF are the same values in every encoding Thema decodes.
    int width = 1;
    bool bigEndian = false;
    if (encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive))
        width = 2;
    else if (encoding.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive))
        width = 4;
    bigEndian = encoding.endsWith(QLatin1String("BE"), Qt::CaseInsensitive);
    const auto unitAt = [&](qsizetype i) -> quint32 {
        quint32 v = 0;
        for (int b = 0; b < width; ++b) {
            const quint32 byte = quint8(raw[i * width + b]);
            v |= bigEndian ? byte << (8 * (width - 1 - b)) : byte << (8 * b);
        }
        return v;
    };
    std::vector<bool> result;
    const qsizetype count = raw.size() / width;
    for (qsizetype i = 0; i < count; ++i) {
        const quint32 u = unitAt(i);
        if (u == '\r') {
            const bool pair = i + 1 < count && unitAt(i + 1) == '\n';
            result.push_back(pair);
            if (pair)
                ++i;
        } else if (u == '\n') {
            result.push_back(false);
        }
    }
    if (qsizetype(result.size()) != lineFeeds)
        return {};
    return result;
}

}  // namespace thema
