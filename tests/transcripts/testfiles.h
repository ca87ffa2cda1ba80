#pragma once

#include "shared.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

namespace thema::test {

/** Writes @p content to a fresh file named @p fileName in the test's temporary folder; returns its path. */
inline QString writeTestFile(const QString& fileName, const QByteArray& content)
{
    const QString path = QDir(tempDir()).filePath(fileName);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

}  // namespace thema::test
