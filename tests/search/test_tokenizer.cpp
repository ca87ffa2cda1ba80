#include "core/search/querytext.h"
#include "core/search/tokenizer.h"
#include "text/offsets.h"

#include <QStringList>

#include <doctest/doctest.h>

using namespace thema;

namespace {

QStringList terms(const std::vector<Token>& tokens)
{
    QStringList out;
    for (const Token& t : tokens)
        out.append(QString::fromStdString(t.term));
    return out;
}

}  // namespace

TEST_CASE("tokens are folded words with code-point spans")
{
    Tokenizer tok;
    // An emoji (outside the BMP) and a combining accent before the words shift UTF-16 offsets but not code points.
    const QString text = QStringLiteral("\U0001F600 Cafe\u0301 STRASSE, don\u2019t\n3.5 well-being");
    const auto tokens = tok.tokenize(text);
    CHECK(terms(tokens) == QStringList{QStringLiteral("cafe"), QStringLiteral("strasse"), QStringLiteral("don't"),
                                       QStringLiteral("3_2e_5"), QStringLiteral("well"), QStringLiteral("being")});
    for (const Token& t : tokens)
        CHECK(QString::fromStdString(Tokenizer::encode(Tokenizer::normalize(TextOffsets::mid(text, t.start, t.end))))
                  == QString::fromStdString(t.term));
    CHECK(tokens[4].joined == "wellbeing");
    CHECK(tokens[4].joinedCount == 2);
    CHECK(tokens[5].joined.empty());
    CHECK(tokens[0].start == 2);  // after the emoji (one code point) and a space
    CHECK(tokens[0].end == 7);    // C a f e + combining acute
}

TEST_CASE("Han and Kana runs become one token per character")
{
    Tokenizer tok;
    const QString text = QStringLiteral("東京に住んでいます Tokyo");
    const auto tokens = tok.tokenize(text);
    REQUIRE(tokens.size() == 10);
    CHECK(tokens[0].term == "東");
    CHECK(tokens[0].cjk);
    CHECK(tokens[1].start == 1);
    CHECK(tokens[9].term == "tokyo");
    CHECK_FALSE(tokens[9].cjk);
}

TEST_CASE("queries are folded except their operators, and CJK runs become phrases")
{
    CHECK(prepareQuery(QStringLiteral("Listen AND NOT Music")) == "listen AND NOT music");
    CHECK(prepareQuery(QStringLiteral("work NEAR/3 Home")) == "work NEAR/3 home");
    CHECK(prepareQuery(QStringLiteral("speaker:\"Tim SMITH\" Or")) == "speaker:\"tim smith\" or");
    CHECK(QString::fromStdString(prepareQuery(QStringLiteral("東京 tower"))) == QStringLiteral(" \"東 京\"  tower"));
    CHECK(QString::fromStdString(prepareQuery(QStringLiteral("\"in 東京\""))) == QStringLiteral("\"in  東 京 \""));
}
