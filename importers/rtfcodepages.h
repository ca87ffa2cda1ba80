#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct UConverter;

namespace thema {

/**
 * Decodes the 8-bit text of RTF files (\'xx escapes and raw bytes) with ICU converters, cached by name.
 * Code page names are ICU names ("windows-1252", "cp932", "macintosh"); "symbol" maps through the Symbol font.
 */
class RtfCodepages {
public:
    RtfCodepages() = default;
    RtfCodepages(const RtfCodepages&) = delete;
    RtfCodepages& operator=(const RtfCodepages&) = delete;
    ~RtfCodepages();

    /** Decodes @p bytes; an unknown code page falls back to Windows-1252 and is remembered in unknown(). */
    QString decode(const QByteArray& bytes, const QByteArray& codepage);
    /** Code pages that ICU did not know, for a warning. */
    QList<QByteArray> unknown() const { return m_unknown; }

    /** ICU name for an RTF code page number (\ansicpg, \cpg). */
    static QByteArray nameForCodepage(int codepage);
    /** ICU name for an RTF \fcharset, or empty for "the document's ANSI code page". */
    static QByteArray nameForCharset(int charset);

private:
    UConverter* converter(const QByteArray& name);
    QHash<QByteArray, UConverter*> m_converters;
    QList<QByteArray> m_unknown;
};

}  // namespace thema
