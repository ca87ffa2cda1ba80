#pragma once

#include "model/error.h"

namespace thema {

/**
 * An edit refused by optimistic versioning: the object (a code, theme, memo or participant) was changed by someone
 * else since the caller read it. The message names the object, both versions and the object's current value; nothing
 * was changed. Callers that can show the current value re-read the object and let the user redo the edit.
 */
class VersionConflict : public Error {
public:
    VersionConflict(const QString& message, qint64 seen, qint64 current) : Error(message), m_seen(seen), m_current(current) {}
    qint64 seenVersion() const { return m_seen; }
    qint64 currentVersion() const { return m_current; }

private:
    qint64 m_seen;
    qint64 m_current;
};

}  // namespace thema
