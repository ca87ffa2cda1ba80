#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace thema::test {

/** A damaged copy of a file and what was done to it, for the failure message. */
struct Mutation {
    QString what;
    QByteArray bytes;
};

/**
 * Damaged versions of @p bytes, reproducible from @p seed: truncations at fixed cut points (the first bytes only,
 * 1%…99%, all but the last byte) and about @p flips copies with 1–8 bytes replaced (random bytes, or bytes that
 * parsers care about: NUL, 0xFF, '<', '>', ':', '-', LF, '{', '\\', '&').
 */
QList<Mutation> mutations(const QByteArray& bytes, quint32 seed, int flips);

}  // namespace thema::test
