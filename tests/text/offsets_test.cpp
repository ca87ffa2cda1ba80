#include "printing.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QStringList>

using thema::TextOffsets;

namespace {

// Reference: walk the string one code point at a time.
QList<qint64> utf16Starts(const QString& text)
{
    QList<qint64> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        starts.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    starts.append(text.size());
    return starts;
}

const QString kFamily = QStringLiteral("👨‍👩‍👧");  // 3 emoji joined by 2 ZWJ: 5 code points, 8 units
const QString kFlag = QStringLiteral("🇫🇮");       // 2 regional indicators: 2 code points, 4 units

QStringList samples()
{
    return {
        QString(),
        QStringLiteral("plain ASCII"),
        QStringLiteral("a😀b"),
        QStringLiteral("😀"),
        QStringLiteral("😀😀x😀"),
        QStringLiteral("Family: ") + kFamily + QStringLiteral(" flag ") + kFlag + QStringLiteral(" end"),
        QStringLiteral("caf") + QStringLiteral("e\u0301") + QStringLiteral(" 👍🏽"),
        QStringLiteral("東京に住んでいます。𠮷野家"),
        QString(QChar(0xD83D)) + QStringLiteral("lone high, then pair 😀 then lone low ") + QChar(0xDE00),
        QStringLiteral("ends in lone high ") + QChar(0xD83D),
    };
}

}  // namespace

TEST_CASE("offsets: counts of code points and UTF-16 units")
{
    CHECK(TextOffsets(QStringLiteral("a😀b")).codePointCount() == 3);
    CHECK(TextOffsets(QStringLiteral("a😀b")).utf16Count() == 4);
    CHECK(TextOffsets(kFamily).codePointCount() == 5);
    CHECK(TextOffsets(kFamily).utf16Count() == 8);
    CHECK(TextOffsets(kFlag).codePointCount() == 2);
    CHECK(TextOffsets(QStringLiteral("e\u0301")).codePointCount() == 2);  // a combining mark is a code point
    CHECK(TextOffsets(QStringLiteral("東京")).codePointCount() == 2);
    CHECK(TextOffsets::codePointLength(kFamily + kFlag) == 7);
    CHECK(TextOffsets(QString()).codePointCount() == 0);
}

TEST_CASE("offsets: agree with a code point walk, both ways, for every position")
{
    for (const QString& text : samples()) {
        CAPTURE(text);
        const TextOffsets offsets(text);
        const QList<qint64> starts = utf16Starts(text);
        REQUIRE(offsets.codePointCount() == starts.size() - 1);
        CHECK(TextOffsets::codePointLength(text) == offsets.codePointCount());
        for (qint64 cp = 0; cp < starts.size(); ++cp) {
            CHECK(offsets.toUtf16(cp) == starts[cp]);
            CHECK(offsets.toCodePoint(starts[cp]) == cp);
        }
    }
}

TEST_CASE("offsets: a UTF-16 offset inside a surrogate pair maps to the pair's code point")
{
    const QString text = QStringLiteral("a😀b😀");
    const TextOffsets offsets(text);
    CHECK(offsets.toCodePoint(1) == 1);
    CHECK(offsets.toCodePoint(2) == 1);  // between the high and the low surrogate
    CHECK(offsets.toCodePoint(3) == 2);
    CHECK(offsets.toCodePoint(5) == 3);
    CHECK(offsets.toCodePoint(6) == 4);
    // Lone surrogates are one code point each.
    const QString lone = QString(QChar(0xDC00)) + QChar(0xD800) + QStringLiteral("x");
    CHECK(TextOffsets(lone).codePointCount() == 3);
    CHECK(TextOffsets(lone).toUtf16(2) == 2);
}

TEST_CASE("offsets: out-of-range positions are clamped")
{
    const TextOffsets offsets(QStringLiteral("a😀b"));
    CHECK(offsets.toUtf16(-5) == 0);
    CHECK(offsets.toUtf16(99) == 4);
    CHECK(offsets.toCodePoint(-1) == 0);
    CHECK(offsets.toCodePoint(99) == 3);
    const TextOffsets empty{QString()};
    CHECK(empty.toUtf16(3) == 0);
    CHECK(empty.toCodePoint(3) == 0);
}

TEST_CASE("offsets: mid takes code points")
{
    const QString text = QStringLiteral("Hi ") + kFamily + QStringLiteral(" and ") + kFlag + QStringLiteral(" é");
    CHECK(TextOffsets::mid(text, 3, 8) == kFamily);
    CHECK(TextOffsets::mid(text, 13, 15) == kFlag);
    CHECK(TextOffsets::mid(text, 0, 2) == QStringLiteral("Hi"));
    CHECK(TextOffsets::mid(QStringLiteral("cafe\u0301!"), 3, 5) == QStringLiteral("e\u0301"));
    CHECK(TextOffsets::mid(QStringLiteral("東京に"), 1, 3) == QStringLiteral("京に"));
    CHECK(TextOffsets::mid(text, 5, 3).isEmpty());    // end before start
    CHECK(TextOffsets::mid(text, 4, 4).isEmpty());
    CHECK(TextOffsets::mid(text, -3, 2) == QStringLiteral("Hi"));
    CHECK(TextOffsets::mid(text, 15, 999) == QStringLiteral(" é"));
}

TEST_CASE("offsets: UTF-8 byte offsets")
{
    for (const QString& text : samples()) {
        CAPTURE(text);
        const QByteArray utf8 = text.toUtf8();
        const qint64 count = TextOffsets::codePointLength(QString::fromUtf8(utf8));
        qint64 expectedByte = 0;
        for (qint64 cp = 0; cp <= count; ++cp) {
            const qint64 byte = TextOffsets::codePointToUtf8(utf8, cp);
            CHECK(byte == expectedByte);
            CHECK(TextOffsets::utf8ToCodePoint(utf8, byte) == cp);
            if (byte < utf8.size()) {
                const QString one = TextOffsets::mid(QString::fromUtf8(utf8), cp, cp + 1);
                expectedByte += one.toUtf8().size();
            }
        }
    }
    const QByteArray utf8 = QStringLiteral("aé😀東").toUtf8();  // bytes: 1 + 2 + 4 + 3
    CHECK(TextOffsets::codePointToUtf8(utf8, 2) == 3);
    CHECK(TextOffsets::codePointToUtf8(utf8, 3) == 7);
    CHECK(TextOffsets::codePointToUtf8(utf8, 4) == 10);
    CHECK(TextOffsets::codePointToUtf8(utf8, 99) == 10);
    CHECK(TextOffsets::codePointToUtf8(utf8, -1) == 0);
    // An offset inside a multi-byte sequence belongs to that code point, as inside a surrogate pair.
    CHECK(TextOffsets::utf8ToCodePoint(utf8, 2) == 1);
    CHECK(TextOffsets::utf8ToCodePoint(utf8, 5) == 2);
    CHECK(TextOffsets::utf8ToCodePoint(utf8, 8) == 3);
    CHECK(TextOffsets::utf8ToCodePoint(utf8, -4) == 0);
    CHECK(TextOffsets::utf8ToCodePoint(utf8, 99) == 4);
}
