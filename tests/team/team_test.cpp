// Team projects on a throw-away PostgreSQL cluster, through the real thema-cli and through psql with each member's
// own credentials: the server, not the client, refuses what a role or blind mode does not allow.
#include "teamtest.h"

#include "store/postgres/changenotifier.h"
#include "store/postgres/teamurl.h"
#include "store/projectcopy.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace thema::test;

namespace {

int countCoder(const CliRun& codings, const QString& coder)
{
    int n = 0;
    for (const auto& v : codings.array())
        if (v.toObject().value(QStringLiteral("coder")).toString() == coder)
            ++n;
    return n;
}

}  // namespace

TEST_CASE("a team project: push, roles and blind mode enforced by the server, pull")
{
    setUpServer();
    const Cluster& c = Cluster::instance();
    QTemporaryDir dir;
    REQUIRE(runCli({QStringLiteral("demo"), dir.path()}).code == 0);
    const QString file = dir.filePath(QStringLiteral("demo.thema"));
    const QString owner = c.url(QStringLiteral("olga"), QStringLiteral("study"));
    const QString alex = c.url(QStringLiteral("alex"), QStringLiteral("study"));
    const QString rita = c.url(QStringLiteral("rita"), QStringLiteral("study"));

    const CliRun push = as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("push"), file, owner});
    INFO(push.err.toStdString());
    REQUIRE(push.code == 0);
    CHECK(push.err.contains(QStringLiteral("376 codings")));
    CHECK(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("push"), file, owner}).code == 1);  // exists

    // Before any grant alex is no member: a clear refusal naming the server.
    const CliRun stranger = as(QStringLiteral("alex"), {QStringLiteral("sources"), alex});
    CHECK(stranger.code == 1);
    CHECK(stranger.err.contains(QStringLiteral("alex is not a member")));
    CHECK(stranger.err.contains(QStringLiteral("127.0.0.1:%1/thema").arg(c.port())));

    for (const auto& [login, role, coder] : {std::tuple{"alex", "coder", "Alex"}, {"sam", "coder", "Sam"}, {"rita", "reader", ""}}) {
        QStringList args = {QStringLiteral("team"), QStringLiteral("grant"), owner, QString::fromLatin1(login), QString::fromLatin1(role)};
        if (*coder)
            args << QStringLiteral("--as") << QString::fromLatin1(coder);
        REQUIRE(as(QStringLiteral("olga"), args).code == 0);
    }
    const CliRun members = as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("members"), owner});
    CHECK(members.out == QStringLiteral("alex\tcoder\tAlex\nolga\towner\tolga\nrita\treader\trita\nsam\tcoder\tSam\n"));
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("blind"), owner}).code == 0);

    SUBCASE("blind: a coder reads only their own codings, and writes only as themselves")
    {
        const CliRun codings = as(QStringLiteral("alex"), {QStringLiteral("codings"), alex, QStringLiteral("--json")});
        REQUIRE(codings.code == 0);
        CHECK(countCoder(codings, QStringLiteral("Alex")) == 272);
        CHECK(countCoder(codings, QStringLiteral("Sam")) == 0);
        const QStringList code = {QStringLiteral("code"), alex, QStringLiteral("--source"), QStringLiteral("P01"), QStringLiteral("--code"),
                                  QStringLiteral("Access/Waiting times"), QStringLiteral("--start"), QStringLiteral("0"),
                                  QStringLiteral("--end"), QStringLiteral("10"), QStringLiteral("--coder")};
        CHECK(as(QStringLiteral("alex"), code + QStringList{QStringLiteral("Alex")}).code == 0);
        const CliRun asSam = as(QStringLiteral("alex"), code + QStringList{QStringLiteral("Sam")});
        CHECK(asSam.code == 1);
        CHECK(asSam.err.contains(QStringLiteral("the server refused this")));
        const CliRun newCode = as(QStringLiteral("alex"), {QStringLiteral("codes"), QStringLiteral("add"), alex, QStringLiteral("Mine")});
        CHECK(newCode.code == 1);

        // The same through psql with alex's own credentials.
        CHECK(psql(QStringLiteral("alex"), QStringLiteral("SELECT count(*) FROM thema_study.coding WHERE coder = 2")).out.trimmed() == QStringLiteral("0"));
        const CliRun insert = psql(QStringLiteral("alex"), QStringLiteral(
            "INSERT INTO thema_study.code(guid, name, created_at) VALUES ('x', 'Sneaky', '2026-01-01')"));
        CHECK(insert.code != 0);
        CHECK(insert.err.contains(QStringLiteral("row-level security")));
        const CliRun steal = psql(QStringLiteral("alex"), QStringLiteral("UPDATE thema_study.coding SET coder = 1 WHERE coder = 2"));
        CHECK(steal.out.trimmed() == QStringLiteral("UPDATE 0"));  // nothing of Sam's is visible to alex
        CHECK(psql(QStringLiteral("olga"), QStringLiteral("SELECT count(*) FROM thema_study.coding WHERE coder = 2")).out.trimmed() == QStringLiteral("104"));

        // Unblinded, Sam's codings show.
        REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("unblind"), owner}).code == 0);
        CHECK(countCoder(as(QStringLiteral("alex"), {QStringLiteral("codings"), alex, QStringLiteral("--json")}), QStringLiteral("Sam")) == 104);
    }

    SUBCASE("blind: exemplar stars, coding memos, change-log rows and notifications of another coder's codings stay hidden")
    {
        const QString samId = psql(QStringLiteral("olga"), QStringLiteral("SELECT min(id) FROM thema_study.coding WHERE coder = 2")).out.trimmed();
        REQUIRE_FALSE(samId.isEmpty());
        const CliRun setup = psql(QStringLiteral("olga"), QStringLiteral(
            "INSERT INTO thema_study.theme(guid, name, created_at) VALUES ('t-secret', 'Secret theme', '2026-01-01');"
            "INSERT INTO thema_study.theme_exemplar(theme, coding) SELECT id, %1 FROM thema_study.theme WHERE guid = 't-secret';"
            "INSERT INTO thema_study.memo(guid, target, target_id, text, created_at, modified_at)"
            " VALUES ('m-secret', 'coding', %1, 'SECRET', '2026-01-01', '2026-01-01')").arg(samId));
        INFO(setup.err.toStdString());
        REQUIRE(setup.code == 0);
        const QString exemplars = QStringLiteral("SELECT count(*) FROM thema_study.theme_exemplar WHERE coding = ") + samId;
        const QString memos = QStringLiteral("SELECT count(*) FROM thema_study.memo WHERE text = 'SECRET'");
        CHECK(psql(QStringLiteral("olga"), exemplars).out.trimmed() == QStringLiteral("1"));
        CHECK(psql(QStringLiteral("olga"), memos).out.trimmed() == QStringLiteral("1"));
        CHECK(psql(QStringLiteral("alex"), exemplars).out.trimmed() == QStringLiteral("0"));
        CHECK(psql(QStringLiteral("alex"), memos).out.trimmed() == QStringLiteral("0"));

        // Alex listens on the project's channel while Sam codes and Olga adds a code: only the code is announced.
        qputenv("PGPASSWORD", "alex");
        QProcess listener;
        listener.start(c.psql(), {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("-p"), QString::number(c.port()), QStringLiteral("-U"), QStringLiteral("alex"),
                                  QStringLiteral("-d"), QStringLiteral("thema"), QStringLiteral("-c"), QStringLiteral("LISTEN thema_study"),
                                  QStringLiteral("-c"), QStringLiteral("SELECT pg_sleep(8)"), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
        qunsetenv("PGPASSWORD");
        REQUIRE(listener.waitForStarted());
        // Wait until it listens (its pg_sleep runs), however slow the machine; the superuser sees its query.
        QElapsedTimer wait;
        wait.start();
        while (psql(QStringLiteral("admin"), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alex'"
                                                             " AND query LIKE 'SELECT pg_sleep%'")).out.trimmed() != QStringLiteral("1")
               && wait.elapsed() < 20000)
            QThread::msleep(100);
        const QString sam = c.url(QStringLiteral("sam"), QStringLiteral("study"));
        CHECK(as(QStringLiteral("sam"), {QStringLiteral("code"), sam, QStringLiteral("--source"), QStringLiteral("P02"), QStringLiteral("--code"),
                                         QStringLiteral("Access/Waiting times"), QStringLiteral("--start"), QStringLiteral("0"),
                                         QStringLiteral("--end"), QStringLiteral("12"), QStringLiteral("--coder"), QStringLiteral("Sam")}).code == 0);
        CHECK(as(QStringLiteral("olga"), {QStringLiteral("codes"), QStringLiteral("add"), owner, QStringLiteral("Announced")}).code == 0);
        REQUIRE(listener.waitForFinished(15000));
        const QString heard = QString::fromUtf8(listener.readAllStandardOutput());
        INFO(heard.toStdString());
        CHECK(heard.contains(QStringLiteral("\"thema_study\" with payload \"code\"")));
        CHECK_FALSE(heard.contains(QStringLiteral("payload \"coding\"")));
        // The private channel owners and readers hear codings on in blind mode is a name a coder cannot read.
        CHECK(psql(QStringLiteral("alex"), QStringLiteral("SELECT count(*) FROM thema_study.team_channel")).out.trimmed() == QStringLiteral("0"));
        CHECK(psql(QStringLiteral("rita"), QStringLiteral("SELECT count(*) FROM thema_study.team_channel")).out.trimmed() == QStringLiteral("1"));

        // The change log shows Alex no coding of Sam's (the push's and Sam's), but Olga's new code.
        const QString log = QStringLiteral("SELECT count(*) FROM thema_study.change_log WHERE tbl = '%1'");
        CHECK(psql(QStringLiteral("alex"), log.arg(QStringLiteral("coding"))).out.trimmed() == QStringLiteral("0"));
        CHECK(psql(QStringLiteral("alex"), log.arg(QStringLiteral("code"))).out.trimmed() != QStringLiteral("0"));
        CHECK(psql(QStringLiteral("olga"), log.arg(QStringLiteral("coding"))).out.trimmed() != QStringLiteral("0"));

        // Unblinded, Alex sees the star and the memo.
        REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("unblind"), owner}).code == 0);
        CHECK(psql(QStringLiteral("alex"), exemplars).out.trimmed() == QStringLiteral("1"));
        CHECK(psql(QStringLiteral("alex"), memos).out.trimmed() == QStringLiteral("1"));
    }

    SUBCASE("a reader reads everything and changes nothing")
    {
        const CliRun codings = as(QStringLiteral("rita"), {QStringLiteral("codings"), rita, QStringLiteral("--json")});
        CHECK(countCoder(codings, QStringLiteral("Sam")) == 104);
        const CliRun code = as(QStringLiteral("rita"), {QStringLiteral("code"), rita, QStringLiteral("--source"), QStringLiteral("P01"),
                                                        QStringLiteral("--code"), QStringLiteral("Access/Waiting times"), QStringLiteral("--coder"),
                                                        QStringLiteral("Alex"), QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
                                                        QStringLiteral("10")});
        CHECK(code.code == 1);
        CHECK(code.err.contains(QStringLiteral("permission denied")));
        for (const QString& sql : {QStringLiteral("DELETE FROM thema_study.coding"), QStringLiteral("UPDATE thema_study.code SET name = 'x'"),
                                   QStringLiteral("INSERT INTO thema_study.member VALUES ('rita', 'owner', '')")}) {
            const CliRun write = psql(QStringLiteral("rita"), sql);
            CHECK(write.code != 0);
            CHECK(write.err.contains(QStringLiteral("permission denied")));
        }
        CHECK(as(QStringLiteral("rita"), {QStringLiteral("search"), rita, QStringLiteral("waiting")}).code == 0);
    }

    SUBCASE("pull: a complete offline copy that is a valid project file")
    {
        const QString out = dir.filePath(QStringLiteral("copy.thema"));
        const CliRun pull = as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("pull"), owner, out});
        INFO(pull.err.toStdString());
        REQUIRE(pull.code == 0);
        const CliRun codings = runCli({QStringLiteral("codings"), out, QStringLiteral("--json")});
        CHECK(countCoder(codings, QStringLiteral("Alex")) == 272);
        CHECK(countCoder(codings, QStringLiteral("Sam")) == 104);
        CHECK(runCli({QStringLiteral("sources"), out}).code == 0);
    }
    psql(QStringLiteral("olga"), QStringLiteral("DROP SCHEMA thema_study CASCADE"));
}

TEST_CASE("a wrong password and an unreachable server: a clear message naming the server, exit 1")
{
    setUpServer();
    const Cluster& c = Cluster::instance();
    qputenv("PGPASSWORD", "wrong");
    const CliRun wrong = runCli({QStringLiteral("sources"), c.url(QStringLiteral("alex"), QStringLiteral("study"))});
    qunsetenv("PGPASSWORD");
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("postgresql://alex@127.0.0.1:%1/thema: cannot connect").arg(c.port())));
    CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));

    const CliRun down = as(QStringLiteral("alex"), {QStringLiteral("sources"), QStringLiteral("postgresql://alex@127.0.0.1:1/thema?project=study")});
    CHECK(down.code == 1);
    CHECK(down.err.contains(QStringLiteral("postgresql://alex@127.0.0.1:1/thema: cannot connect to the team server")));

    const CliRun inUrl = runCli({QStringLiteral("sources"), QStringLiteral("postgresql://alex:secret@127.0.0.1:1/thema?project=study")});
    CHECK(inUrl.code == 1);
    CHECK(inUrl.err.contains(QStringLiteral("a password does not belong in the address")));
    CHECK_FALSE(inUrl.err.contains(QStringLiteral("secret")));
}

TEST_CASE("live: another member's change reaches an open team project within a second (LISTEN/NOTIFY)")
{
    setUpServer();
    const Cluster& c = Cluster::instance();
    QTemporaryDir dir;
    REQUIRE(runCli({QStringLiteral("demo"), dir.path()}).code == 0);
    const QString owner = c.url(QStringLiteral("olga"), QStringLiteral("live"));
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("push"), dir.filePath(QStringLiteral("demo.thema")), owner}).code == 0);
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("grant"), owner, QStringLiteral("rita"), QStringLiteral("reader")}).code == 0);

    qputenv("PGPASSWORD", "rita");
    auto store = thema::ProjectStore::open(c.url(QStringLiteral("rita"), QStringLiteral("live")));
    qunsetenv("PGPASSWORD");
    const qint64 before = thema::dataVersion(*store);
    thema::team::ChangeNotifier notifier(*store);
    REQUIRE(notifier.active());
    QStringList tables;
    QElapsedTimer clock;
    QObject::connect(&notifier, &thema::team::ChangeNotifier::changed, [&](const QString& table) { tables.append(table); });

    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("codes"), QStringLiteral("add"), owner, QStringLiteral("Brand new")}).code == 0);
    clock.start();
    while (!tables.contains(QStringLiteral("code")) && clock.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(tables.contains(QStringLiteral("code")));
    CHECK(thema::dataVersion(*store) > before);
    bool found = false;
    for (const thema::Code& code : store->codes())
        found = found || code.name == QStringLiteral("Brand new");
    CHECK(found);
    store.reset();
    psql(QStringLiteral("olga"), QStringLiteral("DROP SCHEMA thema_live CASCADE"));
}

TEST_CASE("a team project is named in titles and menus by project and host, never by its query or a password")
{
    CHECK(thema::team::displayName(QStringLiteral("postgresql://alex@db.example.org:5432/thema?project=study")) ==
          QStringLiteral("study (team project on db.example.org)"));
    CHECK(thema::team::displayName(QStringLiteral("postgres:///thema?project=pilot&host=/run/postgresql")) ==
          QStringLiteral("pilot (team project on localhost)"));
    CHECK(thema::team::displayName(QStringLiteral("/home/ana/studies/clinic.thema")) == QStringLiteral("clinic.thema"));
}
