#include "clirun.h"

#include <QJsonDocument>
#include <QProcess>

namespace thema::test {

QJsonArray CliRun::array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }

QJsonObject CliRun::object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(THEMA_CLI), args);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace thema::test
