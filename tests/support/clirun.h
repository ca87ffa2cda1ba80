#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace thema::test {

/** One run of a program: its exit code (-1 when it crashed or ran out of time) and its two streams. */
struct CliRun {
    int code = -1;
    QString out, err;
    QJsonArray array() const;
    QJsonObject object() const;
};

/** Runs thema-cli (the binary under test) with @p args, as a user would; gives up after @p timeoutMs. */
CliRun runCli(const QStringList& args, int timeoutMs = 300000);

/** Runs @p program with @p args; @p inChild runs in the child before exec (e.g. to set resource limits). */
CliRun runProgram(const QString& program, const QStringList& args, const std::function<void()>& inChild = {},
                  int timeoutMs = 300000);

/**
 * Writes @p text to DIR/FILE and makes the project @p project holding it, through `thema-cli init` and
 * `thema-cli import`, as a user would. Returns an empty string (and the reason in @p error) when a step failed.
 */
QString cliProjectWithText(const QString& project, const QString& dir, const QString& file, const QByteArray& text,
                           QString* error = nullptr);

/** Path of the thema-cli binary under test. */
QString cliPath();

}  // namespace thema::test
