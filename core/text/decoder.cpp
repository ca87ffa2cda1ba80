#include "decoder.h"

#include "charsetdetect.h"
#include "model/error.h"

#include <algorithm>

namespace thema {
namespace {

struct Bom {
    const char* bytes;
    int length;
    const char* encoding;
};

// UTF-32LE's BOM begins with UTF-16LE's, so it is tried first.
constexpr Bom kBoms[] = {
    {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
    {"\xEF\xBB\xBF", 3, "UTF-8"},
    {"\xFE\xFF", 2, "UTF-16BE"},
    {"\xFF\xFE", 2, "UTF-16LE"},
};

const Bom* findBom(const QByteArray& bytes)
{
    for (const Bom& bom : kBoms)
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.length)))
            return &bom;
    return nullptr;
}

[[noreturn]] void fail(const QString& fileName, const QString& problem)
{
    throw Error(fileName + QStringLiteral(": ") + problem);
}

// UTF-16 without a BOM, recognised the way a reader would: in Latin-script text every other byte is NUL.
// Returns the encoding name, or an empty string when the bytes do not say so clearly.
QString utf16ByNuls(const QByteArray& bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return {};
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        evenNuls += bytes[i] == '\0';
        oddNuls += bytes[i + 1] == '\0';
    }
    const qsizetype units = bytes.size() / 2;
    const auto clearly = [units](qsizetype many, qsizetype few) { return many * 10 >= units * 3 && few * 50 <= units; };
    if (clearly(oddNuls, evenNuls))
        return QStringLiteral("UTF-16LE");
    if (clearly(evenNuls, oddNuls))
        return QStringLiteral("UTF-16BE");
    return {};
}

// Text has few C0 control characters besides TAB, LF, CR and FF; binary files have many (about 11% of
// random bytes). NUL counts as a control.
bool mostlyControls(const QString& text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls * 20 > text.size();  // more than 5%
}

void refuseBinary(const QString& text, const QString& fileName)
{
    if (mostlyControls(text))
        fail(fileName, QStringLiteral("looks like a binary file, not text (too many NUL or control characters)"));
}

// ICU's Windows-1252 maps its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) to C1 controls, as
// browsers do; no real text holds them, so a legacy decoding that yields one has failed.
bool hasC1Controls(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9F; });
}

DecodedText decodeLegacy(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.contains('\0'))
        fail(fileName, QStringLiteral("looks like a binary file, not text (NUL bytes in a file that is not UTF-16)"));
    refuseBinary(QString::fromLatin1(bytes), fileName);
    const QStringList candidates = charset::legacyCandidates(bytes);
    for (const QString& encoding : candidates)
        if (auto text = charset::decodeStrict(bytes, encoding); text && !hasC1Controls(*text))
            return {*text, encoding, false};
    fail(fileName, QStringLiteral("not valid UTF-8, and no other encoding (%1) decodes it without errors; "
                                  "save it as UTF-8 and import it again").arg(candidates.join(QStringLiteral(", "))));
}

DecodedText decodeBytes(const QByteArray& bytes, const QString& fileName)
{
    if (const Bom* bom = findBom(bytes)) {
        const QString encoding = QString::fromLatin1(bom->encoding);
        auto text = charset::decodeStrict(bytes.mid(bom->length), encoding);
        if (!text)
            fail(fileName, QStringLiteral("starts with a %1 byte-order mark but is not valid %1").arg(encoding));
        return {*text, encoding, true};
    }
    // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 too, with a NUL in every other byte.
    const QString utf16 = utf16ByNuls(bytes);
    if (!utf16.isEmpty())
        if (auto text = charset::decodeStrict(bytes, utf16))
            return {*text, utf16, false};
    if (auto text = charset::decodeStrict(bytes, QStringLiteral("UTF-8")))
        return {*text, QStringLiteral("UTF-8"), false};
    return decodeLegacy(bytes, fileName);
}

}  // namespace

QString normalizeLineEndings(const QString& text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\r')) {
            out.append(text.at(i));
            continue;
        }
        out.append(QLatin1Char('\n'));
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
    }
    return out;
}

DecodedText decodeText(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.isEmpty())
        fail(fileName, QStringLiteral("the file is empty"));
    DecodedText decoded = decodeBytes(bytes, fileName);
    if (decoded.text.isEmpty())
        fail(fileName, QStringLiteral("the file is empty (it holds only a byte-order mark)"));
    refuseBinary(decoded.text, fileName);
    // A few NULs in otherwise sound text (WebVTT's conformance tests have them) become U+FFFD, as browsers do.
    decoded.text.replace(QChar(0), QChar(0xFFFD));
    decoded.text = normalizeLineEndings(decoded.text);
    return decoded;
}

}  // namespace thema
