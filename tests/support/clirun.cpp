#include "clirun.h"

#include <QFile>
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
