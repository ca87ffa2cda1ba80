#include "cluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace thema::test {

Cluster& Cluster::instance()
{
    static Cluster cluster;
    return cluster;
}

Cluster::Cluster()
{
    m_dir = QDir::tempPath() + QStringLiteral("/thema-pg-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QProcess p;
    p.start(QStringLiteral(THEMA_PGCLUSTER), {QStringLiteral("start"), m_dir});
    p.waitForFinished(60000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 77) {
        std::fprintf(stderr, "SKIPPED: the team tests need a PostgreSQL server: %s", qPrintable(err));
        std::_Exit(77);
    }
    m_port = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toInt();
    if (p.exitCode() != 0 || m_port <= 0) {
        std::fprintf(stderr, "could not start a PostgreSQL cluster for the tests: %s\n", qPrintable(err));
        std::_Exit(1);
    }
    for (const QString& dir : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
        if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(dir))) {
            m_psql = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(dir);
            break;
        }
    if (m_psql.isEmpty())
        m_psql = QStringLiteral("psql");
}

Cluster::~Cluster()
{
    QProcess::execute(QStringLiteral(THEMA_PGCLUSTER), {QStringLiteral("stop"), m_dir});
}

QString Cluster::url(const QString& login, const QString& project, const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?project=%4").arg(login).arg(m_port).arg(database, project);
}

}  // namespace thema::test
