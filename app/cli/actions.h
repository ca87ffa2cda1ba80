#pragma once

#include "command.h"
#include "store/projectstore.h"

#include <functional>

namespace thema::cli {

/** One action of a command with sub-actions, e.g. "codes add PROJECT PATH". */
struct Action {
    QString name;
    QString usage;  ///< the arguments after PROJECT, for the help text
    int minArgs = 0;
    std::function<int(ProjectStore&, const QStringList& args, const QCommandLineParser&, Io&)> run;
};

/**
 * Runs "COMMAND [ACTION] PROJECT [ARGS…]": the first positional argument is an action when it names one,
 * otherwise it is the project and @p defaultAction runs. The project is opened once; the action's arguments
 * follow it.
 */
int runAction(const QList<Action>& actions, const QString& defaultAction, const QCommandLineParser& parser, Io& io);

/** --if-version N: the version of the object an edit is based on (optimistic versioning, see ProjectStore). */
QCommandLineOption ifVersionOption();

/**
 * The version an edit carries: --if-version when given (an edit based on an earlier read is refused with exit 1 when
 * the object has changed since), else @p read, the version the command has just read.
 */
qint64 versionFor(const QCommandLineParser& parser, qint64 read);

/** The help lines listing the actions. */
QString actionHelp(const QString& command, const QList<Action>& actions);

}  // namespace thema::cli
