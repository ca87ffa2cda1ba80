#include "project.h"

namespace thema::cli {

Command makeAgreementCommand()
{
    return {QStringLiteral("agreement"), QStringLiteral("Intercoder agreement between coders of a project."),
            [](QCommandLineParser& p) { p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file.")); },
            [](const QCommandLineParser&, Io&) -> int { throw UsageError(QStringLiteral("not yet available")); }};
}

}  // namespace thema::cli
