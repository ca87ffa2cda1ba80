#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <stdexcept>

namespace thema::cli {

/** Bad usage: a missing argument, an unknown option. The CLI prints it with the command's help and exits 2. */
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/** The streams a command writes to; stdout for results, stderr for progress and messages. */
struct Io {
    QTextStream& out;
    QTextStream& err;
};

/**
 * One subcommand of thema-cli. setup() declares its options and positional arguments on the parser
 * (--help and --json handling are the runner's); run() does the work and returns the exit code.
 * run() throws thema::Error for user errors (exit 1) and UsageError for bad usage (exit 2).
 */
struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> setup;
    std::function<int(const QCommandLineParser&, Io&)> run;
};

/** All subcommands, in the order --help lists them. Registered in commands.cpp, the one place. */
const QList<Command>& commands();

/** The positional argument at @p index, or a UsageError naming it. */
QString positional(const QCommandLineParser& parser, int index, const QString& what);

}  // namespace thema::cli
