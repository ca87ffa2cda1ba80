#include "analysis/extracttext.h"

#include <QRegularExpression>

namespace thema {

QString normalisedExtract(const QString& text, int maxChars)
{
    const QString flat = text.simplified();  // QChar::isSpace: also U+00A0, U+2028 and the other Unicode spaces
    if (maxChars <= 0)
        return flat;
    const QList<uint> ucs4 = flat.toUcs4();
    if (ucs4.size() <= maxChars)
        return flat;
    qsizetype cut = maxChars;
    // Back off to the last space so no word is cut; keep the hard cut when the limit falls inside one long word.
    for (qsizetype i = maxChars; i > 0; --i)
        if (ucs4[i] == ' ') {
            cut = i;
            break;
        }
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), cut);
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // A cut right after punctuation reads better without it ("wait,…" → "wait…").
    while (!out.isEmpty() && (out.back() == QLatin1Char(',') || out.back() == QLatin1Char(';') || out.back() == QLatin1Char(':')))
        out.chop(1);
    return out + QStringLiteral("…");
}

QString participantNumber(const QString& name)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QRegularExpressionMatch m = digits.match(name);
    if (!m.hasMatch())
        return name;
    QString n = m.captured();
    while (n.size() > 1 && n.front() == QLatin1Char('0'))
        n.remove(0, 1);
    return n;
}

}  // namespace thema
