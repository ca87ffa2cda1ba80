#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace thema::test {

/** One entry of a test archive: name, content, and an optional password (AES-256) when non-empty. */
struct ZipEntrySpec {
    QString name;
    QByteArray data;
    QByteArray password;
};

/** Builds a zip archive in memory with libzip (deflate), so tests can make hostile archives without files. */
QByteArray buildZip(const QList<ZipEntrySpec>& entries);

}  // namespace thema::test
