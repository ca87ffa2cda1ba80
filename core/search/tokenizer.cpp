#include "tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace thema {

struct Tokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> words;
};

Tokenizer::Tokenizer() : d(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        d->words.reset();
}

Tokenizer::~Tokenizer() = default;

bool Tokenizer::isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F)
        || (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0x3005 && c <= 0x3007);
}

std::string Tokenizer::normalize(QStringView word)
{
    std::string ascii;
    ascii.reserve(word.size());
    for (QChar ch : word) {
        const char16_t u = ch.unicode();
        if (u >= 0x80) {
            ascii.clear();
            break;
        }
        ascii.push_back(u >= 'A' && u <= 'Z' ? char(u + 32) : char(u));
    }
    if (!ascii.empty() || word.isEmpty())
        return ascii;
    QString folded = word.toString().toCaseFolded().normalized(QString::NormalizationForm_KC);
    folded.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    return folded.toStdString();
}

std::vector<Token> Tokenizer::tokenize(const QString& text)
{
    std::vector<Token> tokens;
    if (!d->words || text.isEmpty())
        return tokens;
    const auto* units = reinterpret_cast<const UChar*>(text.utf16());
    const icu::UnicodeString alias(false, units, int32_t(text.size()));
    d->words->setText(alias);
    tokens.reserve(size_t(text.size() / 5));
    int32_t start = d->words->first();
    qint64 cp = 0;  // code points before `start`
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE; start = end, end = d->words->next()) {
        qint64 length = end - start;
        for (int32_t i = start; i < end; ++i)
            if (QChar::isLowSurrogate(units[i]))
                --length;
        const int rule = d->words->getRuleStatus();
        const qint64 cpStart = cp;
        cp += length;
        if (rule < UBRK_WORD_NONE_LIMIT)
            continue;
        bool split = rule >= UBRK_WORD_KANA;
        if (!split) {
            for (int32_t i = start; i < end && !split; ++i)
                split = isCjk(units[i]);
        }
        if (!split) {
            tokens.push_back({normalize(QStringView(units + start, end - start)), cpStart, cp, false});
            continue;
        }
        // A run without spaces: one token per letter, so that any substring can be found as a phrase.
        qint64 at = cpStart;
        for (int32_t i = start; i < end;) {
            const int32_t from = i;
            char32_t c = units[i++];
            if (QChar::isHighSurrogate(c) && i < end && QChar::isLowSurrogate(units[i]))
                c = QChar::surrogateToUcs4(char16_t(c), units[i++]);
            if (u_isalnum(UChar32(c)) || isCjk(c))
                tokens.push_back({normalize(QStringView(units + from, i - from)), at, at + 1, isCjk(c)});
            ++at;
        }
    }
    return tokens;
}

}  // namespace thema
