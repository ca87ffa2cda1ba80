#include "longlines.h"

namespace thema {

QString softBreakLongLines(const QString& text, qsizetype limit)
{
    QString shown = text;
    const QChar* data = text.constData();
    const qsizetype n = text.size();
    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype blockStart = lineStart;
        while (lineEnd - blockStart > limit) {
            // The last whitespace before blockStart + limit, else the first one after it (within another limit).
            qsizetype cut = -1;
            for (qsizetype i = blockStart + limit; i > blockStart + limit / 2; --i)
                if (data[i] == QLatin1Char(' ') || data[i] == QLatin1Char('\t')) {
                    cut = i;
                    break;
                }
            for (qsizetype i = blockStart + limit; cut < 0 && i < std::min(lineEnd, blockStart + 2 * limit); ++i)
                if (data[i] == QLatin1Char(' ') || data[i] == QLatin1Char('\t'))
                    cut = i;
            if (cut < 0) {
                // No whitespace near: look for the next one and go on from there, leaving this run whole.
                qsizetype next = blockStart + 2 * limit;
                while (next < lineEnd && data[next] != QLatin1Char(' ') && data[next] != QLatin1Char('\t'))
                    ++next;
                blockStart = next;
                continue;
            }
            shown[cut] = QLatin1Char('\n');
            blockStart = cut + 1;
        }
        lineStart = lineEnd + 1;
    }
    return shown;
}

}  // namespace thema
