#pragma once

#include "command.h"
#include "model/error.h"
#include "store/projectstore.h"

namespace thema::cli {

/** Opens the project named by the first positional argument. */
std::unique_ptr<ProjectStore> openProject(const QCommandLineParser& parser);

/** The --json option every listing command offers. */
QCommandLineOption jsonOption();

/** "key=value" → (key, value); UsageError otherwise. */
std::pair<QString, QString> keyValue(const QString& text, const QString& option);

}  // namespace thema::cli
