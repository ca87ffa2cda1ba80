// The one place where thema-cli's subcommands are registered.
#include "command.h"

namespace thema::cli {

Command makeInitCommand();
Command makeImportCommand();
Command makeSourcesCommand();
Command makeShowCommand();
Command makeExportCommand();

const QList<Command>& commands()
{
    static const QList<Command> all = {
        makeInitCommand(),
        makeImportCommand(),
        makeSourcesCommand(),
        makeShowCommand(),
        makeExportCommand(),
    };
    return all;
}

}  // namespace thema::cli
