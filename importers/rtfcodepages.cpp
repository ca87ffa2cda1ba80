#include "rtfcodepages.h"

#include "symbolfont.h"

#include <unicode/ucnv.h>

namespace thema {

RtfCodepages::~RtfCodepages()
{
    for (UConverter* c : std::as_const(m_converters))
        if (c)
            ucnv_close(c);
}

QByteArray RtfCodepages::nameForCodepage(int codepage)
{
    switch (codepage) {
    case 437: return "ibm-437";
    case 850: return "ibm-850";
    case 932: return "cp932";
    case 936: return "windows-936";
    case 949: return "windows-949";
    case 950: return "windows-950";
    case 10000: return "macintosh";
    case 65001: return "UTF-8";
    default: break;
    }
    if ((codepage >= 1250 && codepage <= 1258) || codepage == 874)
        return "windows-" + QByteArray::number(codepage);
    return "cp" + QByteArray::number(codepage);
}

QByteArray RtfCodepages::nameForCharset(int charset)
{
    switch (charset) {
    case 2: return "symbol";
    case 77: return "macintosh";
    case 128: return nameForCodepage(932);
    case 129: return nameForCodepage(949);
    case 134: return nameForCodepage(936);
    case 136: return nameForCodepage(950);
    case 161: return nameForCodepage(1253);
    case 162: return nameForCodepage(1254);
    case 163: return nameForCodepage(1258);
    case 177: return nameForCodepage(1255);
    case 178: return nameForCodepage(1256);
    case 186: return nameForCodepage(1257);
    case 204: return nameForCodepage(1251);
    case 222: return nameForCodepage(874);
    case 238: return nameForCodepage(1250);
    case 254: return nameForCodepage(437);
    case 255: return nameForCodepage(850);
    default: return {};  // 0 (ANSI), 1 (default) and the rest: the document's code page
    }
}

UConverter* RtfCodepages::converter(const QByteArray& name)
{
    if (const auto it = m_converters.constFind(name); it != m_converters.cend())
        return *it;
    UErrorCode status = U_ZERO_ERROR;
    UConverter* c = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status)) {
        c = nullptr;
        m_unknown.append(name);
    }
    m_converters.insert(name, c);
    return c;
}

QString RtfCodepages::decode(const QByteArray& bytes, const QByteArray& codepage)
{
    if (codepage == "symbol") {
        QString out;
        for (const char b : bytes) {
            const QChar c = symbolFontChar(uchar(b));
            out += c.isNull() ? QChar(char16_t(uchar(b))) : c;
        }
        return out;
    }
    UConverter* c = converter(codepage);
    if (!c)
        c = converter("windows-1252");
    QString out(bytes.size() * 2 + 4, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(c);
    const int32_t n = ucnv_toUChars(c, reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), bytes.constData(),
                                    int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    out.truncate(n);
    return out;
}

}  // namespace thema
