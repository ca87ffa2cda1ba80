#include "command.h"
#include "model/error.h"
#include "terminalsafe.h"

#include <QCoreApplication>

using namespace thema;
using namespace thema::cli;

namespace {

void printOverview(QTextStream& out)
{
    out << "thema-cli: qualitative thematic analysis of interview transcripts, from the command line.\n\n"
        << "Usage: thema-cli COMMAND [options] [arguments]\n\nCommands:\n";
    for (const Command& c : commands())
        out << "  " << c.name.leftJustified(14) << c.summary << '\n';
    out << "\nRun 'thema-cli COMMAND --help' for a command's options. Exit codes: 0 success, 1 error in the input, "
           "2 bad usage.\n";
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thema-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THEMA_VERSION));
    // Everything printed passes through terminalSafe(): text from a project never reaches the terminal as controls.
    TerminalSafeDevice outDevice(stdout), errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    Io io{out, err};

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        printOverview(out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "thema-cli " << THEMA_VERSION << '\n';
        return 0;
    }
    const auto& all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == args[1]; });
    if (it == all.end()) {
        err << "thema-cli: unknown command '" << args[1] << "'\n\n";
        printOverview(err);
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(it->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    it->setup(parser);
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = QStringLiteral("thema-cli ") + it->name;
    const auto usage = [&](const QString& message) {
        err << "thema-cli " << it->name << ": " << message << "\n\n" << parser.helpText();
        return 2;
    };
    if (!parser.parse(rest))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    try {
        const int code = it->run(parser, io);
        out.flush();
        return code;
    } catch (const UsageError& e) {
        out.flush();
        return usage(e.message());
    } catch (const Error& e) {
        out.flush();
        err << "thema-cli " << it->name << ": " << e.message() << '\n';
        return 1;
    }
}
