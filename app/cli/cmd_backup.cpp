#include "project.h"
#include "store/projectcopy.h"

namespace thema::cli {

Command makeBackupCommand()
{
    return {QStringLiteral("backup"), QStringLiteral("Write a consistent copy of the project to a new file (safe while others write)."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The copy to write (a new file, e.g. study-copy.thema)."));
            },
            [](const QCommandLineParser& p, Io& io) {
                const QString out = positional(p, 1, QStringLiteral("OUT"));
                auto store = openProject(p);
                backupProject(*store, out);
                io.err << "Wrote a copy of the project to " << out << "\n";
                return 0;
            }};
}

}  // namespace thema::cli
