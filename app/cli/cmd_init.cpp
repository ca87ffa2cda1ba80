#include "project.h"

namespace thema::cli {

Command makeInitCommand()
{
    return {QStringLiteral("init"), QStringLiteral("Create a new, empty project file."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file to create (*.thema)."));
                p.addOption({QStringLiteral("language"), QStringLiteral("The project's language (BCP 47, default en)."),
                             QStringLiteral("CODE"), QStringLiteral("en")});
            },
            [](const QCommandLineParser& p, Io& io) {
                const QString path = positional(p, 0, QStringLiteral("PROJECT"));
                ProjectStore::create(path, p.value(QStringLiteral("language")));
                io.out << "Created " << path << '\n';
                return 0;
            }};
}

}  // namespace thema::cli
