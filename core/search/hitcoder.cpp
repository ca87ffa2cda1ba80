#include "hitcoder.h"

#include "store/projectstore.h"
#include "text/offsets.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace thema {
namespace {

/**
 * The sentences of one turn (ICU rules), for the hits in it: set up once per turn, so a long turn with many hits
 * costs its length once, not once per hit.
 */
class Sentences {
public:
    Sentences()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            m_it.reset();
    }

    void setTurn(const QString& text)
    {
        m_text = text;
        m_offsets = TextOffsets(m_text);
        m_alias = icu::UnicodeString(false, reinterpret_cast<const UChar*>(m_text.utf16()), int32_t(m_text.size()));
        if (m_it)
            m_it->setText(m_alias);
    }

    /** The sentence holding [start, end) (code points into the turn), trimmed. */
    Span around(const Span& hit) const
    {
        if (!m_it)
            return hit;
        const int32_t hitStart = int32_t(m_offsets.toUtf16(hit.start)), hitEnd = int32_t(m_offsets.toUtf16(hit.end));
        int32_t from = m_it->isBoundary(hitStart) ? hitStart : m_it->preceding(hitStart);
        int32_t to = m_it->following(std::max(hitEnd - 1, hitStart));
        if (from == icu::BreakIterator::DONE)
            from = 0;
        if (to == icu::BreakIterator::DONE)
            to = int32_t(m_text.size());
        // A line break ends a sentence too (ICU's sentence rules run on across single newlines); looked for
        // within the sentence only, so a long line is not searched once per hit.
        const QStringView view(m_text);
        const qsizetype lineStart = hitStart > from ? view.mid(from, hitStart - from).lastIndexOf(QLatin1Char('\n')) : -1;
        if (lineStart >= 0)
            from = int32_t(from + lineStart + 1);
        const qsizetype lineEnd = to > hitEnd ? view.mid(hitEnd, to - hitEnd).indexOf(QLatin1Char('\n')) : -1;
        if (lineEnd >= 0)
            to = int32_t(hitEnd + lineEnd);
        while (from < hitStart && m_text.at(from).isSpace())
            ++from;
        while (to > hitEnd && m_text.at(to - 1).isSpace())
            --to;
        return {m_offsets.toCodePoint(from), m_offsets.toCodePoint(to)};
    }

private:
    std::unique_ptr<icu::BreakIterator> m_it;
    QString m_text;
    TextOffsets m_offsets;
    icu::UnicodeString m_alias;
};

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
        QHash<Id, std::pair<QString, TextOffsets>> texts;
        Sentences sentences;
        std::pair<Id, qint64> sentencesOf{0, -1};  // the turn (source, start) sentences holds
        QSet<QString> done;
        for (const SearchHit& h : hits) {
            Span span = h.span;
            if (unit == HitUnit::Turn) {
                span = h.turnSpan;
            } else if (unit == HitUnit::Sentence) {
                if (sentencesOf != std::pair<Id, qint64>(h.source, h.turnSpan.start)) {
                    auto text = texts.find(h.source);
                    if (text == texts.end()) {
                        const QString whole = store.sourceText(h.source);
                        text = texts.insert(h.source, {whole, TextOffsets(whole)});
                    }
                    const qint64 from = text->second.toUtf16(h.turnSpan.start);
                    sentences.setTurn(text->first.mid(from, text->second.toUtf16(h.turnSpan.end) - from));
                    sentencesOf = {h.source, h.turnSpan.start};
                }
                const Span inTurn = sentences.around({h.span.start - h.turnSpan.start, h.span.end - h.turnSpan.start});
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
