#include "find.h"

#include "offsets.h"

namespace thema {

std::optional<Span> findOccurrence(const QString& text, const QString& needle, int occurrence)
{
    if (needle.isEmpty() || occurrence < 1)
        return std::nullopt;
    qsizetype from = 0;
    for (int n = 1;; ++n) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            return std::nullopt;
        if (n == occurrence) {
            const TextOffsets offsets(text);
            return Span{offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
        }
        from = at + needle.size();
    }
}

int countOccurrences(const QString& text, const QString& needle)
{
    if (needle.isEmpty())
        return 0;
    int n = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
        ++n;
    return n;
}

}  // namespace thema
