#include "hitcoder.h"

#include "store/projectstore.h"
#include "text/offsets.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace thema {
namespace {

/** The sentence of @p turnText (ICU rules) holding [start, end) (code points into the turn), trimmed. */
Span sentenceAround(const QString& turnText, const Span& hit)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    const TextOffsets offsets(turnText);
    if (U_FAILURE(status))
        return hit;
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar*>(turnText.utf16()), int32_t(turnText.size()));
    it->setText(alias);
    const int32_t hitStart = int32_t(offsets.toUtf16(hit.start)), hitEnd = int32_t(offsets.toUtf16(hit.end));
    int32_t from = it->isBoundary(hitStart) ? hitStart : it->preceding(hitStart);
    int32_t to = it->following(std::max(hitEnd - 1, hitStart));
    if (from == icu::BreakIterator::DONE)
        from = 0;
    if (to == icu::BreakIterator::DONE)
        to = int32_t(turnText.size());
    // A line break ends a sentence too (ICU's sentence rules run on across single newlines).
    const qsizetype lineStart = turnText.lastIndexOf(QLatin1Char('\n'), std::max(hitStart - 1, 0));
    if (lineStart >= from && lineStart < hitStart)
        from = int32_t(lineStart + 1);
    const qsizetype lineEnd = turnText.indexOf(QLatin1Char('\n'), hitEnd);
    if (lineEnd >= 0 && lineEnd < to)
        to = int32_t(lineEnd);
    while (from < hitStart && turnText.at(from).isSpace())
        ++from;
    while (to > hitEnd && turnText.at(to - 1).isSpace())
        --to;
    return {offsets.toCodePoint(from), offsets.toCodePoint(to)};
}

}  // namespace

std::optional<HitUnit> hitUnitFromName(const QString& name)
{
    if (name == QLatin1String("hit")) return HitUnit::Hit;
    if (name == QLatin1String("sentence")) return HitUnit::Sentence;
    if (name == QLatin1String("turn")) return HitUnit::Turn;
    return std::nullopt;
}

ApplyResult applyHits(ProjectStore& store, const QList<SearchHit>& hits, Id code, Id coder, HitUnit unit)
{
    ApplyResult result;
    store.transaction([&] {
        QHash<Id, QString> texts;
        QSet<QString> done;
        for (const SearchHit& h : hits) {
            Span span = h.span;
            if (unit == HitUnit::Turn) {
                span = h.turnSpan;
            } else if (unit == HitUnit::Sentence) {
                if (!texts.contains(h.source))
                    texts.insert(h.source, store.sourceText(h.source));
                const QString turnText = TextOffsets::mid(texts[h.source], h.turnSpan.start, h.turnSpan.end);
                const Span inTurn = sentenceAround(turnText, {h.span.start - h.turnSpan.start, h.span.end - h.turnSpan.start});
                span = {h.turnSpan.start + inTurn.start, h.turnSpan.start + inTurn.end};
            }
            const QString key = QStringLiteral("%1:%2:%3").arg(h.source).arg(span.start).arg(span.end);
            if (done.contains(key) || store.findCoding(h.source, span, code, coder)) {
                ++result.existing;
                continue;
            }
            done.insert(key);
            Coding c;
            c.source = h.source;
            c.span = span;
            c.code = code;
            c.coder = coder;
            store.addCoding(c);
            ++result.codings;
        }
    });
    return result;
}

}  // namespace thema
