#include "kwic.h"

namespace thema {
namespace {

QString slice(const TokenizedTurn& t, qint64 from, qint64 to)
{
    const qint64 a = t.offsets.toUtf16(from), b = t.offsets.toUtf16(to);
    return t.text.mid(a, b - a);
}

}  // namespace

Kwic makeKwic(const TokenizedTurn& t, size_t first, size_t last, int context)
{
    Kwic k;
    const qint64 start = t.tokens[first].start, end = t.tokens[last].end;
    k.match = slice(t, start, end);
    const size_t n = size_t(std::max(context, 0));
    const qint64 leftFrom = n == 0 ? start : t.tokens[first >= n ? first - n : 0].start;
    const qint64 rightTo = n == 0 ? end : t.tokens[std::min(last + n, t.tokens.size() - 1)].end;
    k.left = slice(t, leftFrom, start).simplified();
    k.right = slice(t, end, rightTo).simplified();
    // simplified() drops the space next to the match; put one back where the text had one.
    const QString before = slice(t, std::max<qint64>(leftFrom, start - 1), start);
    const QString after = slice(t, end, std::min(rightTo, end + 1));
    if (!k.left.isEmpty() && !before.isEmpty() && before.at(0).isSpace())
        k.left += QLatin1Char(' ');
    if (!k.right.isEmpty() && !after.isEmpty() && after.at(0).isSpace())
        k.right.prepend(QLatin1Char(' '));
    return k;
}

}  // namespace thema
