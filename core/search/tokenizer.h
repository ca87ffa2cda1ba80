#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace thema {

/** One indexable word of a text: its normalised term and where it stands. */
struct Token {
    std::string term;  ///< folded (case and accents), NFKC, encoded for the query parser, UTF-8; see Tokenizer
    qint64 start = 0;  ///< code points into the tokenised text, half-open
    qint64 end = 0;
    bool cjk = false;  ///< a single Han/Kana character of a run written without spaces
    std::vector<std::string> parts;  ///< further terms at the same position: the parts of an e-mail address
    std::string joined;   ///< on the first part of a hyphenated word ("e" of "e-mail"): the joined term, "email"
    int joinedCount = 0;  ///< the tokens the joined word covers, this one included
};

/**
 * The one tokeniser of the search: the index and the query parser both use it, so whatever can be read can be
 * typed. Words are ICU word-boundary segments with a letter or digit (decimals such as 3.14 and contractions
 * stay whole); runs of Han and Kana characters become one token per character (the query side turns such runs
 * into phrases, so they are found as character n-grams). A few written forms that ICU splits are kept as one
 * token:
 *  - hyphenated words keep one token per part ("open-source" is found by the phrase "open source"), and the
 *    first part also carries the joined word (Token::joined), so email and e-mail find each other;
 *  - "AT&T", "R&D" (letters joined by &), e-mail addresses ("ana@att.com", parts "ana" and "att.com");
 *  - "C++", "C#" (a word with + or # right after it), and acronyms with dots ("U.S.", the final dot included
 *    in the span, not in the term).
 *
 * Terms are case-folded, NFKC-normalised and, unless exact, stripped of accents (café → cafe, Müller →
 * muller); ’ becomes '. Characters Xapian's QueryParser would split on (anything but letters, digits, marks and
 * ') are written as _hex_ so that a term survives the parser whole ("at&t" → "at_26_t").
 *
 * Not thread-safe: use one Tokenizer per thread.
 */
class Tokenizer {
public:
    Tokenizer();
    ~Tokenizer();
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    /** The tokens of @p text, in order; spans are code points into @p text. */
    std::vector<Token> tokenize(const QString& text);

    /** The term for one plain word as written: folded (case and accents) and normalised, not encoded. */
    static std::string normalize(QStringView word);

    /** Case-folded and NFKC-normalised but with accents kept: how exact matching compares words. */
    static QString foldCaseOnly(QStringView word);

    /** @p folded with every character the query parser splits on written as _hex_. */
    static std::string encode(const std::string& folded);

    /** True for characters of scripts written without spaces that are indexed one per token. */
    static bool isCjk(char32_t c);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace thema
