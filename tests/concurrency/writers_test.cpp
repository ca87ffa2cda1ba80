// Several real thema-cli processes write to one project at once, beside a reader: every write a command
// acknowledged (exit 0) is in the project afterwards, the file passes SQLite's integrity_check, and no command
// fails because another merely held the write lock for a moment (they queue behind the busy timeout).
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <mutex>
#include <thread>

namespace {

using thema::test::CliRun;
using thema::test::runCli;

/** What the processes of one run reported: the spans each writer's commands acknowledged, and every failure. */
struct Tally {
    std::mutex mutex;
    QHash<QString, QSet<int>> acknowledged;  // coder name -> span starts
    QStringList failures;
    int reads = 0;
};

// A fresh project with one source of 2,000 characters, so that each writer codes spans of its own.
QString makeProject()
{
    const QString dir = thema::test::tempDir() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128);
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/shared.thema");
    QFile text(dir + QStringLiteral("/talk.txt"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("P1: ") + QByteArray(1996, 'a'));
    text.close();
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), project, text.fileName()}).code == 0);
    return project;
}

void writer(const QString& project, int index, int iterations, Tally& tally)
{
    const QString coder = QStringLiteral("Coder%1").arg(index);
    for (int i = 0; i < iterations; ++i) {
        const int start = index * 300 + i;
        // Half of the commands also create something (a code per writer and round), the rest only add a coding.
        const QString code = i % 2 ? QStringLiteral("Shared") : QStringLiteral("W%1/R%2").arg(index).arg(i);
        const CliRun r = runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("talk"), QStringLiteral("--code"), code,
                           QStringLiteral("--coder"), coder, QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
                           QString::number(start + 5)});
        const std::lock_guard lock(tally.mutex);
        if (r.code == 0)
            tally.acknowledged[coder].insert(start);
        else
            tally.failures.append(QStringLiteral("%1 start %2: exit %3: %4").arg(coder).arg(start).arg(r.code).arg(r.err.trimmed()));
    }
}

void reader(const QString& project, const std::atomic<bool>& stop, Tally& tally)
{
    int round = 0;
    while (!stop) {
        const bool listing = round++ % 2 == 0;
        const CliRun r = listing ? runCli({QStringLiteral("codings"), project, QStringLiteral("--json")})
                              : runCli({QStringLiteral("sources"), project});
        const bool ok = r.code == 0 && (!listing || QJsonDocument::fromJson(r.out.toUtf8()).isArray());
        const std::lock_guard lock(tally.mutex);
        ++tally.reads;
        if (!ok)
            tally.failures.append(QStringLiteral("reader: exit %1: %2").arg(r.code).arg(r.err.trimmed()));
    }
}

QString integrityCheck(const QString& project)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(project);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("cannot check");
        while (q.next())
            result += q.value(0).toString() + QLatin1Char('\n');
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result.trimmed();
}

void runWriters(int writers, int iterations)
{
    const QString project = makeProject();
    Tally tally;
    std::atomic<bool> stop{false};
    std::thread readThread(reader, project, std::cref(stop), std::ref(tally));
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back(writer, project, w, iterations, std::ref(tally));
    for (std::thread& t : threads)
        t.join();
    stop = true;
    readThread.join();

    INFO("failures:\n" << tally.failures.join(QLatin1Char('\n')).toStdString());
    CHECK(tally.failures.isEmpty());
    CHECK(tally.reads > 0);

    const CliRun listing = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")});
    REQUIRE(listing.code == 0);
    QHash<QString, QSet<int>> present;
    for (const QJsonValue& v : QJsonDocument::fromJson(listing.out.toUtf8()).array())
        present[v[QStringLiteral("coder")].toString()].insert(v[QStringLiteral("start")].toInt());
    int lost = 0, acknowledged = 0;
    for (auto it = tally.acknowledged.cbegin(); it != tally.acknowledged.cend(); ++it) {
        acknowledged += int(it.value().size());
        for (int start : it.value())
            lost += present.value(it.key()).contains(start) ? 0 : 1;
    }
    CHECK(acknowledged == writers * iterations);
    CHECK(lost == 0);
    CHECK(integrityCheck(project) == QLatin1String("ok"));
}

}  // namespace

TEST_CASE("two writer processes and a reader on one project: nothing lost, nothing failed, file intact")
{
    runWriters(2, 30);
}

TEST_CASE("four writer processes and a reader on one project: nothing lost, nothing failed, file intact")
{
    runWriters(4, 20);
}
