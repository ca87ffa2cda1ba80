// Temporary UTF-8-only decoder; replaced by the ICU implementation.
#include "decoder.h"

#include "model/error.h"

#include <QStringDecoder>

namespace thema {

QString normalizeLineEndings(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

DecodedText decodeText(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.isEmpty())
        throw Error(QStringLiteral("%1: the file is empty").arg(fileName));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(QStringLiteral("%1: not valid UTF-8").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return {normalizeLineEndings(text), QStringLiteral("UTF-8"), false};
}

}  // namespace thema
