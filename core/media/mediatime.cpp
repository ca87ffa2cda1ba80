#include "core/media/mediatime.h"

#include <QRegularExpression>

namespace thema::mediatime {

std::optional<qint64> parse(const QString& text)
{
    static const QRegularExpression clock(
        QStringLiteral(R"(^\s*(?:(?:(\d+):)?(\d{1,2}):)?(\d+)(?:[.,](\d{1,3}))?\s*$)"));
    const auto m = clock.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasMinutes = !m.captured(2).isEmpty();
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (hasMinutes && (seconds >= 60 || (!m.captured(1).isEmpty() && minutes >= 60)))
        return std::nullopt;
    const QString fraction = m.captured(4).leftJustified(3, QLatin1Char('0'));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

QString format(qint64 ms, bool millis)
{
    const qint64 s = ms / 1000;
    QString result = s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                               : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (millis)
        result += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return result;
}

}  // namespace thema::mediatime
