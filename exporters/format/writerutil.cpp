#include "format/writerutil.h"

#include "model/error.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace thema::writerutil {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        throw Error(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
}

bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('=') || first == QLatin1Char('@'))
        return true;
    if (first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)?$"));
    return !number.match(text).hasMatch();
}

QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            continue;
        out += c;
    }
    return out;
}

bool isRightToLeft(const QString& text)
{
    return text.isRightToLeft();
}

}  // namespace thema::writerutil
