// A write lock held by another program: thema-cli waits for it, and past the busy timeout (10 s) says the project
// is busy, naming it, and changes nothing.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <chrono>
#include <thread>

namespace {

struct Outcome {
    int code = -1;
    QString err;
    qint64 ms = 0;
};

// Runs `thema-cli codes add PROJECT NAME` while this process holds the write lock for @p holdMs.
Outcome codesAddWhileLocked(const QString& project, const QString& name, int holdMs)
{
    const QString connection = QStringLiteral("locker");
    Outcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(project);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('locker', 'was here')")));
        QElapsedTimer clock;
        clock.start();
        thema::test::CliRun run;
        std::thread command([&] { run = thema::test::runCli({QStringLiteral("codes"), QStringLiteral("add"), project, name}); });
        std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
        const bool committed = q.exec(QStringLiteral("COMMIT"));
        command.join();
        REQUIRE(committed);
        outcome = {run.code, run.err, clock.elapsed()};
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

QString newProject()
{
    const QString dir = thema::test::tempDir() + QStringLiteral("/lock");
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/locked.thema");
    REQUIRE(thema::test::runCli({QStringLiteral("init"), project}).code == 0);
    return project;
}

bool hasCode(const QString& project, const QString& name)
{
    return thema::test::runCli({QStringLiteral("codes"), project, QStringLiteral("--json")}).out.contains(QLatin1Char('"') + name + QLatin1Char('"'));
}

}  // namespace

TEST_CASE("a write waits while another program holds the lock for a few seconds, then succeeds")
{
    const QString project = newProject();
    const Outcome o = codesAddWhileLocked(project, QStringLiteral("Patient"), 3000);
    INFO(o.err.toStdString());
    CHECK(o.code == 0);
    CHECK(o.ms >= 2500);
    CHECK(hasCode(project, QStringLiteral("Patient")));
}

TEST_CASE("a lock held past the busy timeout gets a message naming the project, and nothing is written")
{
    const QString project = newProject();
    const Outcome o = codesAddWhileLocked(project, QStringLiteral("Impatient"), 12000);
    CHECK(o.code == 1);
    CHECK(o.err.contains(project + QStringLiteral(": the project is busy")));
    CHECK_FALSE(o.err.contains(QStringLiteral("BEGIN")));
    CHECK_FALSE(hasCode(project, QStringLiteral("Impatient")));
}
