// The one place where thema-cli's subcommands are registered.
#include "command.h"

namespace thema::cli {

Command makeInitCommand();
Command makeImportCommand();
Command makeSourcesCommand();
Command makeShowCommand();

const QList<Command>& commands()
{
    static const QList<Command> all = {
        makeInitCommand(),
        makeImportCommand(),
        makeSourcesCommand(),
        makeShowCommand(),
    };
    return all;
}

}  // namespace thema::cli
