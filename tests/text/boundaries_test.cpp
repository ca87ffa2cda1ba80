#include "printing.h"
#include "text/boundaries.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QStringList>

using thema::Span;
using thema::TextOffsets;

namespace {

QStringList pieces(const QString& text, const QList<Span>& spans)
{
    QStringList result;
    for (const Span& s : spans)
        result.append(TextOffsets::mid(text, s.start, s.end));
    return result;
}

QStringList words(const QString& text, const QString& language)
{
    return pieces(text, thema::wordSpans(text, language));
}

QStringList sentences(const QString& text, const QString& language)
{
    return pieces(text, thema::sentenceSpans(text, language));
}

const QString en = QStringLiteral("en");

}  // namespace

TEST_CASE("boundaries: English words skip spaces and punctuation")
{
    CHECK(words(QStringLiteral("Hello, world! It's 3.5 km — well-being?"), en)
          == QStringList{QStringLiteral("Hello"), QStringLiteral("world"), QStringLiteral("It's"), QStringLiteral("3.5"),
                         QStringLiteral("km"), QStringLiteral("well"), QStringLiteral("being")});
    CHECK(thema::wordSpans(QString(), en).isEmpty());
    CHECK(thema::wordSpans(QStringLiteral(" ,.;  \n"), en).isEmpty());
}

TEST_CASE("boundaries: English sentences, abbreviations and line breaks")
{
    const QString text = QStringLiteral("Mr. Smith went home. He slept!\nNo full stop here\n\n  Another line.  ");
    CHECK(sentences(text, en) == QStringList{QStringLiteral("Mr. Smith went home."), QStringLiteral("He slept!"),
                                             QStringLiteral("No full stop here"), QStringLiteral("Another line.")});
    CHECK(thema::sentenceSpans(text, en).first() == Span{0, 20});
    CHECK(thema::sentenceSpans(QStringLiteral("   \n "), en).isEmpty());
}

TEST_CASE("boundaries: Finnish")
{
    const QString text = QStringLiteral("Hyvää päivää, arvoisa puhemies! EU:n jäsenmaat käsittelevät asiaa. Kiitos.");
    CHECK(words(text, QStringLiteral("fi"))
          == QStringList{QStringLiteral("Hyvää"), QStringLiteral("päivää"), QStringLiteral("arvoisa"), QStringLiteral("puhemies"),
                         QStringLiteral("EU:n"), QStringLiteral("jäsenmaat"), QStringLiteral("käsittelevät"),
                         QStringLiteral("asiaa"), QStringLiteral("Kiitos")});
    CHECK(sentences(text, QStringLiteral("fi")).size() == 3);
}

TEST_CASE("boundaries: Japanese is segmented by dictionary")
{
    const QString text = QStringLiteral("東京に住んでいます。今日は晴れです。");
    const QStringList w = words(text, QStringLiteral("ja"));
    CHECK(w.size() >= 6);
    CHECK(w.first() == QStringLiteral("東京"));
    CHECK(w.contains(QStringLiteral("今日")));
    // Only the two full stops are left out.
    QString joined = text;
    joined.remove(QChar(0x3002));
    CHECK(w.join(QString()) == joined);
    CHECK(sentences(text, QStringLiteral("ja")) == QStringList{QStringLiteral("東京に住んでいます。"), QStringLiteral("今日は晴れです。")});
}

TEST_CASE("boundaries: emoji are words, spans are code points")
{
    const QString family = QStringLiteral("👨‍👩‍👧");
    const QString text = QStringLiteral("I ❤️ it 👍🏽 ") + family + QStringLiteral(" 🇫🇮! été");
    CHECK(words(text, en) == QStringList{QStringLiteral("I"), QStringLiteral("❤️"), QStringLiteral("it"), QStringLiteral("👍🏽"),
                                         family, QStringLiteral("🇫🇮"), QStringLiteral("été")});
    const QList<Span> spans = thema::wordSpans(QStringLiteral("😀 word ") + family + QStringLiteral(" e\u0301te\u0301"), en);
    REQUIRE(spans.size() == 4);
    CHECK(spans[0] == Span{0, 1});
    CHECK(spans[1] == Span{2, 6});
    CHECK(spans[2] == Span{7, 12});   // three emoji and two ZWJ
    CHECK(spans[3] == Span{13, 18});  // e + U+0301 + t + e + U+0301
    const QString sentenceText = family + QStringLiteral(" We laughed. Then 🇫🇮 won.");
    CHECK(thema::sentenceSpans(sentenceText, en) == QList<Span>{{0, 17}, {18, 30}});
}

TEST_CASE("boundaries: full case folding")
{
    CHECK(thema::foldCase(QStringLiteral("Straße")) == QStringLiteral("strasse"));
    CHECK(thema::foldCase(QStringLiteral("ΣΊΣΥΦΟΣ")) == thema::foldCase(QStringLiteral("σίσυφος")));
    CHECK(thema::foldCase(QStringLiteral("HYVÄÄ Päivää 😀")) == QStringLiteral("hyvää päivää 😀"));
    CHECK(thema::foldCase(QString()).isEmpty());
}
