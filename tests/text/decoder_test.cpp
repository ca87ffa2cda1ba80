#include "printing.h"
#include "shared.h"
#include "model/error.h"
#include "text/decoder.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

#include <random>

using thema::decodeText;

namespace {

QByteArray readShared(const QString& relative)
{
    QFile file(thema::test::sharedPath(relative));
    REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), relative.toStdString());
    return file.readAll();
}

// The message of the thema::Error that decoding throws, or an empty string when it does not throw.
QString failure(const QByteArray& bytes, const QString& fileName)
{
    try {
        decodeText(bytes, fileName);
    } catch (const thema::Error& e) {
        return e.message();
    }
    return {};
}

// A byte array from a literal, NULs included.
template <size_t N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
    }
    return out;
}

QByteArray utf32(const QString& text, bool bigEndian)
{
    QByteArray out;
    for (const char32_t c : text.toUcs4()) {
        for (int i = 0; i < 4; ++i)
            out.append(char((c >> (8 * (bigEndian ? 3 - i : i))) & 0xFF));
    }
    return out;
}

const QString kSample = QStringLiteral("Päivää “quoted” 😀 e\u0301\r\nsecond line\rthird\n");
const QString kSampleLf = QStringLiteral("Päivää “quoted” 😀 e\u0301\nsecond line\nthird\n");

}  // namespace

TEST_CASE("decoder: every BOM decides the encoding and is removed")
{
    struct Case {
        QByteArray bytes;
        QString encoding;
    };
    const Case cases[] = {
        {QByteArray("\xEF\xBB\xBF") + kSample.toUtf8(), QStringLiteral("UTF-8")},
        {QByteArray("\xFF\xFE") + utf16(kSample, false), QStringLiteral("UTF-16LE")},
        {QByteArray("\xFE\xFF") + utf16(kSample, true), QStringLiteral("UTF-16BE")},
        {bytesOf("\xFF\xFE\x00\x00") + utf32(kSample, false), QStringLiteral("UTF-32LE")},
        {bytesOf("\x00\x00\xFE\xFF") + utf32(kSample, true), QStringLiteral("UTF-32BE")},
    };
    for (const Case& c : cases) {
        CAPTURE(c.encoding);
        const auto decoded = decodeText(c.bytes, QStringLiteral("bom.txt"));
        CHECK(decoded.encoding == c.encoding);
        CHECK(decoded.hadBom);
        CHECK(decoded.text == kSampleLf);
    }
}

TEST_CASE("decoder: UTF-16 without a BOM is recognised by its NULs")
{
    const QString text = QStringLiteral("Interviewer: How did it start?\r\nP1: Slowly, at first.\r\n");
    const auto le = decodeText(utf16(text, false), QStringLiteral("le.txt"));
    CHECK(le.encoding == QStringLiteral("UTF-16LE"));
    CHECK_FALSE(le.hadBom);
    CHECK(le.text == QStringLiteral("Interviewer: How did it start?\nP1: Slowly, at first.\n"));
    const auto be = decodeText(utf16(text, true), QStringLiteral("be.txt"));
    CHECK(be.encoding == QStringLiteral("UTF-16BE"));
    CHECK(be.text == le.text);
}

TEST_CASE("decoder: plain UTF-8, line endings, and what is not a line break")
{
    const auto decoded = decodeText(QStringLiteral("a\r\nb\rc\n\rd\u2028e\u2029f\u0085g").toUtf8(), QStringLiteral("x.txt"));
    CHECK(decoded.encoding == QStringLiteral("UTF-8"));
    CHECK_FALSE(decoded.hadBom);
    CHECK(decoded.text == QStringLiteral("a\nb\nc\n\nd\u2028e\u2029f\u0085g"));
    CHECK(thema::normalizeLineEndings(QStringLiteral("\r\r\n\n")) == QStringLiteral("\n\n\n"));
}

TEST_CASE("decoder: the Windows-1252 interview decodes with its curly quotes and ellipses" * THEMA_NEEDS_SHARED)
{
    const QByteArray bytes = readShared(QStringLiteral("corpus/encodings/DERIVED_unix-oral-history_thompson_cp1252_crlf.txt"));
    const auto decoded = decodeText(bytes, QStringLiteral("thompson.txt"));
    CHECK(decoded.encoding == QStringLiteral("windows-1252"));
    CHECK_FALSE(decoded.hadBom);
    const QString& text = decoded.text;
    // The file has 264 × 0x92, 21 × 0x91, 4 × 0x85 and 1 × 0x96 (it has no 0x93/0x94; see the next case).
    CHECK(text.count(QChar(0x2019)) == 264);
    CHECK(text.count(QChar(0x2018)) == 21);
    CHECK(text.count(QChar(0x2026)) == 4);
    CHECK(text.count(QChar(0x2013)) == 1);
    CHECK_FALSE(text.contains(QLatin1Char('\r')));
    CHECK_FALSE(text.contains(QChar(0x85)));
    CHECK(text.count(QLatin1Char('\n')) == bytes.count("\r\n"));
    CHECK(text.startsWith(QStringLiteral("Interview with Ken Thompson, 9-6-89\n\nMSM:\t\tIs it six?")));
}

TEST_CASE("decoder: Windows-1252 double quotes, in the interview and in a short note" * THEMA_NEEDS_SHARED)
{
    QByteArray bytes = readShared(QStringLiteral("corpus/encodings/DERIVED_unix-oral-history_thompson_cp1252_crlf.txt"));
    bytes += "\r\nMSM:\t\x93Quoted,\x94 he said\x85\r\n";
    const auto decoded = decodeText(bytes, QStringLiteral("thompson.txt"));
    CHECK(decoded.encoding == QStringLiteral("windows-1252"));
    CHECK(decoded.text.endsWith(QStringLiteral("\nMSM:\t\u201CQuoted,\u201D he said\u2026\n")));

    const auto note = decodeText(QByteArray("It\x92s fine\x85 really, \x93quoted\x94."), QStringLiteral("note.txt"));
    CHECK(note.encoding == QStringLiteral("windows-1252"));
    CHECK(note.text == QStringLiteral("It\u2019s fine\u2026 really, \u201Cquoted\u201D."));
    // Too little to tell Latin-1 from Latin-2: Western wins.
    CHECK(decodeText(QByteArray("caf\xE9 na\xEFve"), QStringLiteral("cafe.txt")).text == QStringLiteral("café naïve"));
}

TEST_CASE("decoder: ICU's detection finds other legacy encodings")
{
    // "Příliš žluťoučký kůň úpěl ďábelské ódy. Tohle je česká věta, která má háčky a čárky." in Windows-1250
    const QByteArray czech("P\xF8\xED\x6Ci\x9A \x9Elu\x9Do\x75\xE8\x6B\xFD k\xF9\xF2 \xFAp\xEC\x6C \xEF\xE1\x62\x65lsk\xE9 \xF3\x64y. "
                           "Tohle je \xE8\x65sk\xE1 v\xECta, kter\xE1 m\xE1 h\xE1\xE8ky a \xE8\xE1rky.");
    const auto cs = decodeText(czech, QStringLiteral("cs.txt"));
    CHECK(cs.encoding == QStringLiteral("windows-1250"));
    CHECK(cs.text == QStringLiteral("Příliš žluťoučký kůň úpěl ďábelské ódy. Tohle je česká věta, která má háčky a čárky."));
    // "日本語です。これはテストです。" in Shift_JIS
    const QByteArray sjis("\x93\xFA\x96\x7B\x8C\xEA\x82\xC5\x82\xB7\x81\x42\x82\xB1\x82\xEA\x82\xCD\x83\x65\x83\x58\x83\x67\x82\xC5\x82\xB7\x81\x42");
    const auto ja = decodeText(sjis, QStringLiteral("ja.txt"));
    CHECK(ja.encoding == QStringLiteral("Shift_JIS"));
    CHECK(ja.text == QStringLiteral("日本語です。これはテストです。"));
}

TEST_CASE("decoder: the UTF-16LE subtitle file with a BOM" * THEMA_NEEDS_SHARED)
{
    const auto decoded = decodeText(readShared(QStringLiteral("corpus/encodings/pysrt_bom-utf-16-le.srt")), QStringLiteral("bom.srt"));
    CHECK(decoded.encoding == QStringLiteral("UTF-16LE"));
    CHECK(decoded.hadBom);
    CHECK(decoded.text.startsWith(QStringLiteral("1\n00:00:06,500 --> 00:00:09,000\nAbout 2 months ago")));
    CHECK_FALSE(decoded.text.contains(QChar(0xFEFF)));
    CHECK_FALSE(decoded.text.contains(QLatin1Char('\r')));
}

TEST_CASE("decoder: every plain-text corpus file is UTF-8" * THEMA_NEEDS_SHARED)
{
    const QDir dir(thema::test::sharedPath(QStringLiteral("corpus/txt")));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.size() >= 5);
    for (const QString& name : files) {
        CAPTURE(name);
        const QByteArray bytes = readShared(QStringLiteral("corpus/txt/") + name);
        const auto decoded = decodeText(bytes, name);
        CHECK(decoded.encoding == QStringLiteral("UTF-8"));
        CHECK_FALSE(decoded.text.contains(QLatin1Char('\r')));
        CHECK(decoded.text == thema::normalizeLineEndings(QString::fromUtf8(bytes)));
    }
}

TEST_CASE("decoder: a few NULs in sound UTF-8 text become U+FFFD" * THEMA_NEEDS_SHARED)
{
    const QByteArray bytes = readShared(QStringLiteral("corpus/vtt_conformance/w3c-wpt_nulls.vtt"));
    REQUIRE(bytes.count('\0') == 67);
    const auto decoded = decodeText(bytes, QStringLiteral("nulls.vtt"));
    CHECK(decoded.encoding == QStringLiteral("UTF-8"));
    CHECK_FALSE(decoded.text.contains(QChar(0)));
    CHECK(decoded.text.count(QChar(0xFFFD)) == 67 + QString::fromUtf8(bytes).count(QChar(0xFFFD)));
}

TEST_CASE("decoder: refuses empty, binary and undecodable input, naming the file")
{
    const QString name = QStringLiteral("interview-07.txt");
    CHECK(failure({}, name) == name + QStringLiteral(": the file is empty"));
    CHECK(failure("\xEF\xBB\xBF", name).startsWith(name + QStringLiteral(": the file is empty")));

    std::mt19937 random(7);
    QByteArray png = bytesOf("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR");
    for (int i = 0; i < 4096; ++i)
        png.append(char(random() & 0xFF));
    CHECK(failure(png, QStringLiteral("photo.png")).startsWith(QStringLiteral("photo.png: looks like a binary file")));

    const QByteArray withNuls = bytesOf("Name\0\0\0\0Age\0\0\0\x12\0\0\0Site\0\xFF\xFF\0\0");
    CHECK(failure(withNuls, name).startsWith(name + QStringLiteral(": looks like a binary file")));
    CHECK(failure(QByteArray(4096, '\0'), name).startsWith(name + QStringLiteral(": looks like a binary file")));
    CHECK(failure(QByteArray("text\x01\x02\x03\x04\x05\x06\x07\x08 more text\x1B\x1C\x1D"), name)
              .startsWith(name + QStringLiteral(": looks like a binary file")));

    // Not UTF-8 (0xC3 0x28), and the five bytes Windows-1252 leaves undefined; no detected encoding fits either.
    const QString undecodable = failure(QByteArray("abc \xC3\x28 \x81\x8D\x8F\x90\x9D"), name);
    CHECK(undecodable.startsWith(name + QStringLiteral(": not valid UTF-8, and no other encoding")));
    // A BOM that promises UTF-16 but is followed by a lone surrogate.
    CHECK(failure(bytesOf("\xFF\xFE\x00\xD8\x61\x00"), name)
              .startsWith(name + QStringLiteral(": starts with a UTF-16LE byte-order mark but is not valid UTF-16LE")));
}
