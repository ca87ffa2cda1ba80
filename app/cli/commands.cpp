// The one place where thema-cli's subcommands are registered.
#include "command.h"

namespace thema::cli {

Command makeInitCommand();
Command makeImportCommand();
Command makeSourcesCommand();
Command makeShowCommand();
Command makeAgreementCommand();
Command makeStatsCommand();
Command makeSearchCommand();
Command makeIndexCommand();
Command makeParticipantsCommand();
Command makeCodersCommand();
Command makeCodesCommand();
Command makeCodeCommand();
Command makeUncodeCommand();
Command makeCodingsCommand();
Command makeThemesCommand();
Command makeMemoCommand();
Command makeDemoCommand();
Command makeExportCommand();
Command makeMergeCommand();
Command makeBackupCommand();
Command makeMediaCommand();
Command makeTurnsCommand();
Command makeSettleCommand();
Command makeTeamCommand();

const QList<Command>& commands()
{
    static const QList<Command> all = {
        makeInitCommand(),
        makeImportCommand(),
        makeSourcesCommand(),
        makeShowCommand(),
        makeAgreementCommand(),
        makeSettleCommand(),
        makeStatsCommand(),
        makeSearchCommand(),
        makeIndexCommand(),
        makeParticipantsCommand(),
        makeCodersCommand(),
        makeCodesCommand(),
        makeCodeCommand(),
        makeUncodeCommand(),
        makeCodingsCommand(),
        makeThemesCommand(),
        makeMemoCommand(),
        makeDemoCommand(),
        makeExportCommand(),
        makeMergeCommand(),
        makeBackupCommand(),
        makeMediaCommand(),
        makeTurnsCommand(),
        makeTeamCommand(),
    };
    return all;
}

}  // namespace thema::cli
