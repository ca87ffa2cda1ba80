#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace thema {

/** How an exchange file counts startPosition/endPosition into a source's text. */
struct PositionUnits {
    bool utf16 = false;      ///< UTF-16 code units (NVivo) instead of code points (the specification)
    bool crlfAsTwo = false;  ///< a CRLF line break counts as two (NVivo for Windows with a BOM'd .txt)
    QString describe() const;
    friend bool operator==(const PositionUnits&, const PositionUnits&) = default;
};

/**
 * Converts positions in a file's units into Thema's code points into the canonical text (LF line breaks).
 * Built from the canonical text and, for each of its '\n' in order, whether the file had CRLF there.
 * A position inside a surrogate pair or between CR and LF maps to the start of that character.
 */
class PositionMap {
public:
    PositionMap(const QString& text, std::vector<bool> crlf);

    qint64 codePoints() const { return qint64(m_text.size()); }
    /** True when the unit systems can disagree on this text (it has astral characters or CRLF). */
    bool ambiguous() const { return !m_astral.empty() || !m_crlfBreaks.empty(); }
    /** The code point for @p pos in @p units; nullopt when it lies outside the text. */
    std::optional<qint64> toCodePoint(qint64 pos, PositionUnits units) const;
    /** True when @p cp lies between two words, not inside one (letters, digits, marks on both sides). */
    bool atWordBoundary(qint64 cp) const;

    /**
     * Picks the units for @p spans (file positions): the candidate under which most spans fit the text, then
     * most start and end on word boundaries; ties go to the earliest of @p preferred.
     * @p fitting and @p onBoundaries receive the winner's counts.
     */
    PositionUnits detect(const QList<std::pair<qint64, qint64>>& spans, const QList<PositionUnits>& preferred,
                         int* fitting = nullptr, int* onBoundaries = nullptr) const;

    /**
     * Preference order from the file's origin attribute: the one unit a Thema file declares; NVivo counts
     * UTF-16 and CRLF as two; others code points first.
     */
    static QList<PositionUnits> preferenceFor(const QString& origin);

    /** For each '\n' of the canonical text, whether the raw bytes had CRLF there; empty when it cannot tell. */
    static std::vector<bool> crlfBreaks(const QByteArray& raw, const QString& encoding, qsizetype lineFeeds);

private:
    qint64 units(qint64 cp, PositionUnits u) const;

    std::vector<char32_t> m_text;
    std::vector<qint64> m_astral;      ///< code point offsets of characters outside the BMP
    std::vector<qint64> m_crlfBreaks;  ///< code point offsets of '\n' that were CRLF
};

}  // namespace thema
