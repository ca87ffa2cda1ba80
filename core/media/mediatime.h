#pragma once

#include <QString>

#include <optional>

namespace thema::mediatime {

/**
 * A time in a recording as people write it: "1:02:03.5", "02:03", "00:00:03,250" (SubRip's comma) or plain seconds
 * ("75", "75.5"). Returns milliseconds; nullopt for anything else or a negative time.
 */
std::optional<qint64> parse(const QString& text);

/** @p ms as "m:ss" or "h:mm:ss", with ".mmm" when @p millis is set. */
QString format(qint64 ms, bool millis = false);

}  // namespace thema::mediatime
