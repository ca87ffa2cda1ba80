#pragma once

#include <QDateTime>

namespace thema::sql {

/** Timestamps are stored as ISO 8601 UTC text with milliseconds. */
inline QString stamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QString now() { return stamp(QDateTime::currentDateTimeUtc()); }
inline QDateTime parseStamp(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }

}  // namespace thema::sql
