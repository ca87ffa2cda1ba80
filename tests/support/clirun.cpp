#include "clirun.h"

#include <QJsonDocument>
#include <QProcess>

namespace thema::test {

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

CliRun runCli(const QStringList& args, int timeoutMs) { return runProgram(cliPath(), args, {}, timeoutMs); }

}  // namespace thema::test
