#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace thema {

/** One indexable word of a text: its normalised term and where it stands. */
struct Token {
    std::string term;  ///< case-folded, NFKC, UTF-8; what the index stores and the query parser produces
    qint64 start = 0;  ///< code points into the tokenised text, half-open
    qint64 end = 0;
    bool cjk = false;  ///< a single Han/Kana character of a run written without spaces
};

/**
 * Splits text into words the way the search index does, so that a Xapian position (1-based token index) maps
 * back to an exact code-point span. Words are ICU word-boundary segments with a letter or digit; runs of Han
 * and Kana characters become one token per character (the query side turns such runs into phrases, so they are
 * found as character n-grams). Terms are case-folded and NFKC-normalised; ’ becomes '.
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

    /** The term for one word as written (folded and normalised like tokenize() does). */
    static std::string normalize(QStringView word);

    /** True for characters of scripts written without spaces that are indexed one per token. */
    static bool isCjk(char32_t c);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace thema
