// thema-bench-team [SECONDS] [CODERS]: CODERS coder processes (default 10) code one team project concurrently for
// SECONDS (default 60) against a throw-away local PostgreSQL cluster (tests/team/pgcluster.sh), each as its own
// login under row-level security, through ProjectStore::addCoding (what the GUI and thema-cli call). Meanwhile the
// owner changes a setting every 250 ms and 10 listening connections (LISTEN/NOTIFY through QSqlDriver) time how
// long the notification takes to reach them. Prints JSON: codings/s, p50/p95 write latency (ms), notification
// fan-out p50/p95 (ms), and lost/duplicated codings (server count against what each process acknowledged).
#include "store/postgres/teamadmin.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace thema;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

int worker(const QString& url, const QString& coderName, int seconds)
{
    qputenv("PGPASSWORD", coderName.toUtf8());
    auto store = ProjectStore::open(url);
    const QList<Source> sources = store->sources();
    const QList<Code> codes = store->codes();
    const Id coder = store->ensureCoder(coderName);
    QElapsedTimer total;
    total.start();
    auto* rng = QRandomGenerator::global();
    qint64 acked = 0;
    QByteArray out;
    while (total.elapsed() < seconds * 1000LL) {
        Coding c;
        const Source& s = sources[rng->bounded(int(sources.size()))];
        c.source = s.id;
        c.code = codes[rng->bounded(int(codes.size()))].id;
        c.coder = coder;
        c.span.start = rng->bounded(int(s.characters - 50));
        c.span.end = c.span.start + 1 + rng->bounded(49);
        QElapsedTimer t;
        t.start();
        store->addCoding(c);
        out += QByteArray::number(double(t.nsecsElapsed()) / 1e6, 'f', 3) + '\n';
        ++acked;
    }
    std::printf("acked %lld\n%s", acked, out.constData());
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--worker"))
        return worker(args[2], args[3], args[4].toInt());
    const int seconds = args.size() > 1 ? args[1].toInt() : 60;
    const int coders = args.size() > 2 ? args[2].toInt() : 10;

    QTemporaryDir tmp;
    // Not inside tmp: as root the server runs as nobody, who cannot enter a private temporary folder.
    const QString clusterDir = QDir::tempPath() + QStringLiteral("/thema-bench-pg-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QProcess start;
    start.start(QStringLiteral(THEMA_PGCLUSTER), {QStringLiteral("start"), clusterDir});
    start.waitForFinished(60000);
    if (start.exitCode() != 0) {
        std::fprintf(stderr, "cannot start a PostgreSQL cluster: %s", start.readAllStandardError().constData());
        return start.exitCode();
    }
    const int port = start.readAllStandardOutput().trimmed().toInt();
    auto stop = qScopeGuard([&] { QProcess::execute(QStringLiteral(THEMA_PGCLUSTER), {QStringLiteral("stop"), clusterDir}); });
    QString sql = QStringLiteral("CREATE ROLE olga LOGIN PASSWORD 'olga' CREATEDB;");
    for (int i = 1; i <= coders; ++i)
        sql += QStringLiteral("CREATE ROLE c%1 LOGIN PASSWORD 'c%1';").arg(i);
    QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral(
        "PGPASSWORD=admin psql -q -h 127.0.0.1 -p %1 -U admin -d postgres -c \"%2\" -c 'CREATE DATABASE thema OWNER olga'")
        .arg(port).arg(sql)});
    {
        QProcess demo;  // its "Built …" goes nowhere: this program's standard output is the JSON alone
        demo.setStandardOutputFile(QProcess::nullDevice());
        demo.start(QStringLiteral(THEMA_CLI), {QStringLiteral("demo"), tmp.path()});
        demo.waitForFinished(300000);
    }
    const QString owner = QStringLiteral("postgresql://olga@127.0.0.1:%1/thema?project=bench").arg(port);
    qputenv("PGPASSWORD", "olga");
    team::push(tmp.filePath(QStringLiteral("demo.thema")), owner);
    {
        auto store = ProjectStore::open(owner);
        for (int i = 1; i <= coders; ++i) {
            store->ensureCoder(QStringLiteral("c%1").arg(i));
            team::grant(*store, QStringLiteral("c%1").arg(i), team::Role::Coder);
        }
    }
    const qint64 before = ProjectStore::open(owner)->codings().size();

    // Listeners: 10 connections LISTENing on the project's channel; the owner's setting change is the probe.
    std::vector<double> fanout;
    QElapsedTimer clock;
    clock.start();
    qint64 probeSentAt = -1;
    QList<QString> listeners;
    for (int i = 0; i < 10; ++i) {
        const QString name = QStringLiteral("listener%1").arg(i);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setDatabaseName(QStringLiteral("thema"));
        db.setUserName(QStringLiteral("olga"));
        db.setPassword(QStringLiteral("olga"));
        if (!db.open() || !db.driver()->subscribeToNotification(QStringLiteral("thema_bench")))
            std::fprintf(stderr, "listener %d failed\n", i);
        QObject::connect(db.driver(), &QSqlDriver::notification, &app,
                         [&](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                             if (payload.toString() == QLatin1String("setting") && probeSentAt >= 0)
                                 fanout.push_back(double(clock.nsecsElapsed() - probeSentAt) / 1e6);
                         });
        listeners.append(name);
    }
    auto probe = ProjectStore::open(owner);
    QTimer probes;
    QObject::connect(&probes, &QTimer::timeout, [&] {
        probeSentAt = clock.nsecsElapsed();
        probe->setSetting(QStringLiteral("bench_probe"), QString::number(probeSentAt));
    });
    probes.start(250);

    QList<QProcess*> workers;
    for (int i = 1; i <= coders; ++i) {
        auto* p = new QProcess(&app);
        p->start(app.applicationFilePath(), {QStringLiteral("--worker"), QString(owner).replace(QStringLiteral("olga@"), QStringLiteral("c%1@").arg(i)),
                                             QStringLiteral("c%1").arg(i), QString::number(seconds)});
        workers.append(p);
    }
    QTimer::singleShot((seconds + 5) * 1000, &app, [&] {
        bool all = std::all_of(workers.begin(), workers.end(), [](QProcess* p) { return p->state() == QProcess::NotRunning; });
        if (all)
            app.quit();
        else
            QTimer::singleShot(500, &app, [&] { app.quit(); });
    });
    app.exec();
    probes.stop();
    qint64 acked = 0;
    std::vector<double> latencies;
    for (QProcess* p : workers) {
        p->waitForFinished(120000);
        const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("acked "))
                acked += line.mid(6).toLongLong();
            else if (!line.isEmpty())
                latencies.push_back(line.toDouble());
        }
        if (p->exitCode() != 0)
            std::fprintf(stderr, "worker failed: %s\n", p->readAllStandardError().constData());
    }
    const QList<Coding> after = ProjectStore::open(owner)->codings();
    QSet<QString> guids;
    for (const Coding& c : after)
        guids.insert(c.guid);
    const qint64 written = after.size() - before;
    std::printf("{\"coders\": %d, \"seconds\": %d, \"codings_acknowledged\": %lld, \"codings_per_second\": %.0f, "
                "\"write_latency_ms\": {\"p50\": %.2f, \"p95\": %.2f}, \"notification_fanout_ms\": {\"samples\": %zu, \"p50\": %.1f, "
                "\"p95\": %.1f}, \"lost\": %lld, \"duplicated\": %lld}\n",
                coders, seconds, acked, double(acked) / seconds, percentile(latencies, 0.5), percentile(latencies, 0.95),
                fanout.size(), percentile(fanout, 0.5), percentile(fanout, 0.95), std::max<qint64>(0, acked - written),
                qint64(after.size() - guids.size()) + std::max<qint64>(0, written - acked));
    return 0;
}
