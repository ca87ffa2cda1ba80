#include "clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>

namespace thema::test {
namespace {

// THEMA_TEST_CLI_SERVER (postgresql://USER@HOST:PORT/DB, set by tests/team/on-postgresql.sh): the CLI suites run
// with every project a team project there. The project a command names (its first *.thema argument) becomes a team
// project named after the file's path; a file that exists already (thema-cli demo made it) is pushed there first.
QString teamLocation(const QString& server, const QString& file)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return server + QStringLiteral("?project=p") + QString::fromLatin1(hash.left(16));
}

QStringList onServer(const QStringList& args)
{
    static const QString server = qEnvironmentVariable("THEMA_TEST_CLI_SERVER");
    static QHash<QString, QString> mapped;  // absolute file path -> team location
    if (server.isEmpty() || args.isEmpty() || args.first() == QLatin1String("team") || args.first() == QLatin1String("demo"))
        return args;
    QStringList out = args;
    bool first = true;
    for (QString& arg : out) {
        if (!arg.endsWith(QLatin1String(".thema")) || arg.startsWith(QLatin1Char('-')))
            continue;
        const QString file = QFileInfo(arg).absoluteFilePath();
        if (const auto it = mapped.constFind(file); it != mapped.constEnd()) {
            arg = *it;
        } else if (first) {
            const QString location = teamLocation(server, file);
            if (QFileInfo::exists(file))
                runProgram(cliPath(), {QStringLiteral("team"), QStringLiteral("push"), file, location});
            mapped.insert(file, location);
            arg = location;
        }
        first = false;
    }
    return out;
}

}  // namespace

QJsonArray CliRun::array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }

QJsonObject CliRun::object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

QString cliPath() { return QStringLiteral(THEMA_CLI); }

CliRun runProgram(const QString& program, const QStringList& args, const std::function<void()>& inChild, int timeoutMs)
{
    QProcess p;
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000)};
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {code, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

CliRun runCli(const QStringList& args, int timeoutMs) { return runProgram(cliPath(), onServer(args), {}, timeoutMs); }

QString cliProjectWithText(const QString& project, const QString& dir, const QString& file, const QByteArray& text,
                           QString* error)
{
    QFile f(dir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        if (error)
            *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    f.close();
    for (const QStringList& args : {QStringList{QStringLiteral("init"), project}, QStringList{QStringLiteral("import"), project, f.fileName()}}) {
        const CliRun r = runCli(args);
        if (r.code != 0) {
            if (error)
                *error = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
            return {};
        }
    }
    return project;
}

}  // namespace thema::test
