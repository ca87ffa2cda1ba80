#include "charsetdetect.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace thema::charset {

std::optional<QString> decodeStrict(const QByteArray& bytes, const QString& encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding.toLatin1().constData(), &status),
                                                            &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // Decoded straight into the QString (no second buffer, nothing zero-filled: memory, issue 19). UTF-8, UTF-16 and
    // the single-byte encodings give at most one UTF-16 unit per byte; when another gives more, convert again.
    QString out(bytes.size() + 16, Qt::Uninitialized);
    const auto convert = [&] {
        return ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), bytes.constData(),
                             int32_t(bytes.size()), &status);
    };
    int32_t length = convert();
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        ucnv_reset(conv.get());
        out = QString(qsizetype(length) + 1, Qt::Uninitialized);
        length = convert();
    }
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

QStringList legacyCandidates(const QByteArray& bytes)
{
    const QLatin1String western("windows-1252");
    QList<std::pair<QString, int>> matches;  // name, confidence 0–100
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** found = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        QString name = QString::fromLatin1(ucsdet_getName(found[i], &status));
        const int confidence = ucsdet_getConfidence(found[i], &status);
        if (name.startsWith(QLatin1String("UTF-")) || name.startsWith(QLatin1String("IBM42")))
            continue;
        if (name == QLatin1String("ISO-8859-1"))
            name = western;
        if (std::none_of(matches.cbegin(), matches.cend(), [&](const auto& m) { return m.first == name; }))
            matches.append({name, confidence});
    }
    int westernConfidence = 0;
    for (const auto& [name, confidence] : matches)
        if (name == western)
            westernConfidence = confidence;
    const qsizetype nonAscii = std::count_if(bytes.cbegin(), bytes.cend(), [](char c) { return c & 0x80; });
    const bool beaten = nonAscii >= 8 && !matches.isEmpty() && matches.first().first != western
                        && matches.first().second >= westernConfidence + 15;
    QStringList result;
    if (!beaten)
        result.append(western);
    for (const auto& m : matches)
        if (!result.contains(m.first))
            result.append(m.first);
    if (!result.contains(western))
        result.append(western);
    return result;
}

}  // namespace thema::charset
