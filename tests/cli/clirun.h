#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace thema::test {

/** One run of the thema-cli binary: exit code and its two streams. */
struct CliRun {
    int code = -1;
    QString out, err;
    QJsonArray array() const;
    QJsonObject object() const;
};

/** Runs thema-cli (the binary under test) with @p args, as a user would. */
CliRun runCli(const QStringList& args);

}  // namespace thema::test
