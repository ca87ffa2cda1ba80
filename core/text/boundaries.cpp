#include "boundaries.h"

#include "offsets.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace thema {
namespace {

using BreakIterator = std::unique_ptr<UBreakIterator, decltype(&ubrk_close)>;

const UChar* uchars(const QString& text) { return reinterpret_cast<const UChar*>(text.constData()); }

// BCP 47 → ICU locale ID ("pt-BR" → "pt_BR"); sentences also get the language's abbreviation suppressions.
std::string icuLocale(const QString& language, UBreakIteratorType type)
{
    char id[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    if (!language.isEmpty())
        uloc_forLanguageTag(language.toLatin1().constData(), id, sizeof id, nullptr, &status);
    std::string locale = U_SUCCESS(status) ? id : "";
    if (type == UBRK_SENTENCE)
        locale += locale.find('@') == std::string::npos ? "@ss=standard" : ";ss=standard";
    return locale;
}

// A break iterator over @p text, from a per-thread cache: opening one loads rules (and dictionaries) each time.
UBreakIterator* iteratorFor(UBreakIteratorType type, const QString& language, const QString& text)
{
    thread_local std::map<std::string, BreakIterator> cache;
    const std::string locale = icuLocale(language, type);
    const std::string key = std::to_string(int(type)) + '|' + locale;
    auto it = cache.find(key);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        BreakIterator bi(ubrk_open(type, locale.c_str(), nullptr, 0, &status), &ubrk_close);
        if (U_FAILURE(status))
            return nullptr;
        it = cache.emplace(key, std::move(bi)).first;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it->second.get(), uchars(text), int32_t(text.size()), &status);
    return U_SUCCESS(status) ? it->second.get() : nullptr;
}

// ICU gives emoji the rule status "none", as it does spaces and punctuation; they carry meaning in chat text.
bool hasEmoji(const QString& text, int32_t from, int32_t to)
{
    for (int32_t i = from; i < to;) {
        UChar32 c;
        U16_NEXT(uchars(text), i, to, c);
        if (c < 0xA9)
            continue;  // spaces and ASCII punctuation: the first pictograph is U+00A9 ©
        if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR))
            return true;
    }
    return false;
}

bool isSpace(const QString& text, int32_t i)
{
    UChar32 c;
    U16_GET(uchars(text), 0, i, int32_t(text.size()), c);
    return u_isUWhiteSpace(c);
}

// Segments [from, to) in UTF-16 units, converted to code points.
template <typename Keep>
QList<Span> segments(UBreakIteratorType type, const QString& text, const QString& language, Keep keep)
{
    QList<Span> result;
    UBreakIterator* bi = iteratorFor(type, language, text);
    if (!bi)
        return result;
    const TextOffsets offsets(text);
    int32_t from = ubrk_first(bi);
    for (int32_t to = ubrk_next(bi); to != UBRK_DONE; from = to, to = ubrk_next(bi)) {
        int32_t start = from, end = to;
        if (keep(bi, start, end) && start < end)
            result.append({offsets.toCodePoint(start), offsets.toCodePoint(end)});
    }
    return result;
}

}  // namespace

QList<Span> wordSpans(const QString& text, const QString& language)
{
    return segments(UBRK_WORD, text, language, [&](UBreakIterator* bi, int32_t start, int32_t end) {
        return ubrk_getRuleStatus(bi) >= UBRK_WORD_NONE_LIMIT || hasEmoji(text, start, end);
    });
}

QList<Span> sentenceSpans(const QString& text, const QString& language)
{
    return segments(UBRK_SENTENCE, text, language, [&](UBreakIterator*, int32_t& start, int32_t& end) {
        while (start < end && isSpace(text, start))
            U16_FWD_1(uchars(text), start, end);
        while (end > start && isSpace(text, end - 1))
            U16_BACK_1(uchars(text), start, end);
        return true;
    });
}

QString foldCase(const QString& text)
{
    if (text.isEmpty())
        return text;
    UErrorCode status = U_ZERO_ERROR;
    // Full folding expands a code unit to at most three.
    std::vector<UChar> out(size_t(text.size()) * 3 + 1);
    const int32_t length = u_strFoldCase(out.data(), int32_t(out.size()), uchars(text), int32_t(text.size()),
                                         U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status))
        return text.toCaseFolded();
    return QString(reinterpret_cast<const QChar*>(out.data()), length);
}

}  // namespace thema
