#include "wordsnap.h"

#include <QRegularExpression>

namespace thema {
namespace {

bool isWordChar(const QString& text, qint64 i)
{
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
        return true;
    // An apostrophe or hyphen joins two word characters ("don't", "well-being").
    const bool joiner = c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-');
    return joiner && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() && text.at(i + 1).isLetterOrNumber();
}

}  // namespace

QPair<qint64, qint64> snapToWords(const QString& text, qint64 start, qint64 end)
{
    start = std::clamp<qint64>(start, 0, text.size());
    end = std::clamp<qint64>(end, start, text.size());
    qint64 s = start;
    qint64 e = end;
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (s == e)
        return {start, end};
    while (s > 0 && isWordChar(text, s) && isWordChar(text, s - 1))
        --s;
    while (e < text.size() && isWordChar(text, e - 1) && isWordChar(text, e))
        ++e;
    return {s, e};
}

QString inVivoName(const QString& selected)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString name = selected;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name = name.replace(space, QStringLiteral(" ")).trimmed();
    while (!name.isEmpty() && (name.front() == QLatin1Char('"') || name.front() == QChar(0x201C)))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == QLatin1Char('"') || name.back() == QChar(0x201D)))
        name.chop(1);
    if (name.size() > 60)
        name = name.left(59).trimmed() + QChar(0x2026);
    return name.trimmed();
}

}  // namespace thema
