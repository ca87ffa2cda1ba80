#include "tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>

namespace thema {
namespace {

/** One ICU word-break segment. */
struct Segment {
    int32_t start = 0, end = 0;  ///< UTF-16
    qint64 cpStart = 0, cpEnd = 0;
    bool word = false;           ///< letters or digits
    bool split = false;          ///< a run without spaces (Han, Kana)
};

bool isJoiner(char16_t c) { return c == u'-' || c == u'&' || c == u'@' || c == 0x2010 || c == 0x2011; }
bool isHyphen(char16_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

/** Base characters whose accents are dropped: Latin, Greek, Cyrillic (other scripts' marks carry meaning). */
bool foldsAccents(char32_t base) { return base < 0x0530 || (base >= 0x1E00 && base < 0x2000); }

/** "u.s": single letters separated by dots. */
bool isDottedAcronym(QStringView w)
{
    if (w.size() < 3 || w.size() % 2 == 0)
        return false;
    for (qsizetype i = 0; i < w.size(); ++i)
        if (i % 2 ? w[i] != u'.' : !w[i].isLetter())
            return false;
    return true;
}

}  // namespace

struct Tokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    std::vector<Segment> segments;
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

QString Tokenizer::foldCaseOnly(QStringView word)
{
    QString folded = word.toString().toCaseFolded().normalized(QString::NormalizationForm_KC);
    folded.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x02BC), QLatin1Char('\''));
    return folded;
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
    // Case-fold, then drop accents of Latin, Greek and Cyrillic letters (NFD, remove non-spacing marks).
    const QString decomposed = foldCaseOnly(word).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    char32_t base = 0;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t c = decomposed[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < decomposed.size())
            c = QChar::surrogateToUcs4(char16_t(c), decomposed[++i].unicode());
        if (QChar::category(c) == QChar::Mark_NonSpacing && foldsAccents(base))
            continue;
        base = c;
        switch (c) {  // letters with a stroke have no decomposition
        case U'ø': out += QLatin1Char('o'); continue;
        case U'ł': out += QLatin1Char('l'); continue;
        case U'đ': out += QLatin1Char('d'); continue;
        case U'ħ': out += QLatin1Char('h'); continue;
        case U'æ': out += QLatin1String("ae"); continue;
        case U'œ': out += QLatin1String("oe"); continue;
        default: break;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out.normalized(QString::NormalizationForm_C).toStdString();
}

std::string Tokenizer::encode(const std::string& folded)
{
    bool plain = true;
    for (const char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && !((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '\'')) {
            plain = false;
            break;
        }
        if (u >= 0x80)
            plain = false;
    }
    if (plain)
        return folded;
    const QString text = QString::fromStdString(folded);
    std::string out;
    out.reserve(folded.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        if (c == U'\'' || (c != U'_' && (QChar::isLetterOrNumber(c) || QChar::isMark(c)))) {
            out += QString::fromUcs4(&c, 1).toStdString();
        } else {
            char hex[16];
            std::snprintf(hex, sizeof hex, "_%x_", unsigned(c));
            out += hex;
        }
    }
    return out;
}

std::vector<Token> Tokenizer::tokenize(const QString& text)
{
    std::vector<Token> tokens;
    if (!d->words || text.isEmpty())
        return tokens;
    const auto* units = reinterpret_cast<const UChar*>(text.utf16());
    const icu::UnicodeString alias(false, units, int32_t(text.size()));
    d->words->setText(alias);

    std::vector<Segment>& segs = d->segments;
    segs.clear();
    int32_t start = d->words->first();
    qint64 cp = 0;  // code points before `start`
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE; start = end, end = d->words->next()) {
        qint64 length = end - start;
        for (int32_t i = start; i < end; ++i)
            if (QChar::isLowSurrogate(units[i]))
                --length;
        const int rule = d->words->getRuleStatus();
        Segment s{start, end, cp, cp + length, rule >= UBRK_WORD_NONE_LIMIT, false};
        cp += length;
        if (s.word) {
            s.split = rule >= UBRK_WORD_KANA;
            for (int32_t i = start; i < end && !s.split; ++i)
                s.split = isCjk(units[i]);
        }
        segs.push_back(s);
    }
    tokens.reserve(segs.size() / 2 + 1);
    const size_t n = segs.size();
    auto view = [&](const Segment& s) { return QStringView(units + s.start, s.end - s.start); };
    auto single = [&](size_t i) { return segs[i].end - segs[i].start == 1 ? char16_t(units[segs[i].start]) : char16_t(0); };

    for (size_t i = 0; i < n; ++i) {
        const Segment& first = segs[i];
        if (!first.word)
            continue;
        if (first.split) {
            // A run without spaces: one token per letter, so that any substring can be found as a phrase.
            qint64 at = first.cpStart;
            for (int32_t k = first.start; k < first.end;) {
                const int32_t from = k;
                char32_t c = units[k++];
                if (QChar::isHighSurrogate(c) && k < first.end && QChar::isLowSurrogate(units[k]))
                    c = QChar::surrogateToUcs4(char16_t(c), units[k++]);
                if (u_isalnum(UChar32(c)) || isCjk(c))
                    tokens.push_back({normalize(QStringView(units + from, k - from)), at, at + 1, isCjk(c), {}, {}, 0});
                ++at;
            }
            continue;
        }
        // Words joined by a hyphen, & or @ with nothing between them: one token.
        size_t last = i;
        bool hyphen = false, amp = false, at = false;
        while (last + 2 < n && isJoiner(single(last + 1)) && segs[last + 2].word && !segs[last + 2].split) {
            const char16_t j = single(last + 1);
            hyphen |= isHyphen(j);
            amp |= j == u'&';
            at |= j == u'@';
            last += 2;
        }
        Token tok;
        tok.start = first.cpStart;
        tok.end = segs[last].cpEnd;
        if (last == i) {
            std::string term = normalize(view(first));
            // C++, C#: + or # right after a word and before no word.
            size_t k = i + 1;
            const char16_t suffix = k < n ? single(k) : 0;
            if (suffix == u'+' || suffix == u'#') {
                const size_t maxLen = suffix == u'+' ? 2 : 1;
                size_t len = 0;
                while (k < n && single(k) == suffix && len < maxLen) {
                    ++k;
                    ++len;
                }
                if (k >= n || !segs[k].word) {
                    term += std::string(len, char(suffix));
                    tok.end = segs[k - 1].cpEnd;
                    i = k - 1;
                }
            } else if (suffix == u'.' && isDottedAcronym(view(first))) {
                tok.end = segs[k].cpEnd;  // "U.S.": the final dot belongs to the word, not to the term
                i = k;
            }
            tok.term = encode(term);
            tokens.push_back(std::move(tok));
            continue;
        }
        if (hyphen && !amp && !at) {
            // Each part is a word of its own (phrases find "open-source" as "open source"); the first also
            // carries the joined word, which the index stores across all of them.
            std::string joined;
            for (size_t k = i; k <= last; k += 2) {
                const std::string part = normalize(view(segs[k]));
                joined += part;
                tokens.push_back({encode(part), segs[k].cpStart, segs[k].cpEnd, false, {}, {}, 0});
            }
            Token& head = tokens[tokens.size() - 1 - (last - i) / 2];
            head.joined = encode(joined);
            head.joinedCount = int((last - i) / 2 + 1);
            i = last;
            continue;
        }
        tok.term = normalize(QStringView(units + first.start, segs[last].end - first.start));
        if (at)
            for (size_t k = i; k <= last; k += 2)
                tok.parts.push_back(encode(normalize(view(segs[k]))));
        tok.term = encode(tok.term);
        tokens.push_back(std::move(tok));
        i = last;
    }
    return tokens;
}

}  // namespace thema
