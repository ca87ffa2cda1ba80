// Faults on a team project: a server of an older schema, a member revoked in the middle of a session, and a bulk
// action killed with SIGKILL half-way. Each gets a clear message naming the server, and leaves all or nothing.
#include "teamtest.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace thema::test;

namespace {

// A project file with one source, made through thema-cli; pushed by olga as @p project.
QString pushProject(const QTemporaryDir& dir, const QString& project, const QByteArray& text)
{
    const QString file = cliProjectWithText(dir.filePath(QStringLiteral("p.thema")), dir.path(), QStringLiteral("talk.txt"), text);
    REQUIRE_FALSE(file.isEmpty());
    const QString owner = Cluster::instance().url(QStringLiteral("olga"), project);
    const CliRun push = as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("push"), file, owner});
    INFO(push.err.toStdString());
    REQUIRE(push.code == 0);
    return owner;
}

QString scalar(const QString& login, const QString& statement) { return psql(login, statement).out.trimmed(); }

}  // namespace

TEST_CASE("faults: a server of an older schema is updated by its owner's client and refused to a coder's, naming the server")
{
    setUpServer();
    const Cluster& c = Cluster::instance();
    QTemporaryDir dir;
    const QString owner = pushProject(dir, QStringLiteral("old"), "An old project.\n");
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("grant"), owner, QStringLiteral("alex"), QStringLiteral("coder")}).code == 0);
    // Back to schema 2, as Thema of the previous version left it.
    const CliRun downgrade = psql(QStringLiteral("olga"), QStringLiteral(
        "ALTER TABLE thema_old.code DROP COLUMN version; ALTER TABLE thema_old.theme DROP COLUMN version;"
        "ALTER TABLE thema_old.memo DROP COLUMN version; ALTER TABLE thema_old.participant DROP COLUMN version;"
        "UPDATE thema_old.schema_version SET version = 2"));
    INFO(downgrade.err.toStdString());
    REQUIRE(downgrade.code == 0);

    const CliRun coder = as(QStringLiteral("alex"), {QStringLiteral("codes"), c.url(QStringLiteral("alex"), QStringLiteral("old"))});
    CHECK(coder.code == 1);
    CHECK(coder.err.contains(QStringLiteral("127.0.0.1:%1/thema").arg(c.port())));
    CHECK(coder.err.contains(QStringLiteral("the team project \"old\" has an older layout (schema 2); its owner must open it once with "
                                            "this version of Thema")));
    CHECK(scalar(QStringLiteral("olga"), QStringLiteral("SELECT version FROM thema_old.schema_version")) == QStringLiteral("2"));

    CHECK(as(QStringLiteral("olga"), {QStringLiteral("codes"), owner}).code == 0);
    CHECK(scalar(QStringLiteral("olga"), QStringLiteral("SELECT version FROM thema_old.schema_version")) == QStringLiteral("3"));
    CHECK(as(QStringLiteral("alex"), {QStringLiteral("codes"), c.url(QStringLiteral("alex"), QStringLiteral("old"))}).code == 0);
    psql(QStringLiteral("olga"), QStringLiteral("DROP SCHEMA thema_old CASCADE"));
}

TEST_CASE("faults: a member revoked in the middle of a session gets a clear message, and nothing of the action is written")
{
    setUpServer();
    const Cluster& c = Cluster::instance();
    QTemporaryDir dir;
    const QString owner = pushProject(dir, QStringLiteral("revoked"), "Two passages to code. Here and here.\n");
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("grant"), owner, QStringLiteral("alex"), QStringLiteral("coder"),
                                        QStringLiteral("--as"), QStringLiteral("Alex")}).code == 0);
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("codes"), QStringLiteral("add"), owner, QStringLiteral("Passage")}).code == 0);

    qputenv("PGPASSWORD", "alex");
    auto store = thema::ProjectStore::open(c.url(QStringLiteral("alex"), QStringLiteral("revoked")));
    qunsetenv("PGPASSWORD");
    const thema::Id coder = store->ensureCoder(QStringLiteral("Alex"));
    const thema::Id source = store->sources().first().id;
    const thema::Id code = store->codeByPath(QStringLiteral("Passage"))->id;
    auto coding = [&](qint64 start) {
        thema::Coding k;
        k.source = source;
        k.span = {start, start + 4};
        k.code = code;
        k.coder = coder;
        store->addCoding(k);
    };
    coding(0);  // a member: fine

    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("team"), QStringLiteral("revoke"), owner, QStringLiteral("alex")}).code == 0);
    QString message;
    try {
        store->transaction([&] {
            coding(5);
            coding(10);
        });
    } catch (const thema::Error& e) {
        message = e.message();
    }
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("127.0.0.1:%1/thema").arg(c.port())));
    CHECK(message.contains(QStringLiteral("you are no longer a member of this team project")));
    CHECK(message.contains(QStringLiteral("Nothing was changed.")));
    CHECK(scalar(QStringLiteral("olga"), QStringLiteral("SELECT count(*) FROM thema_revoked.coding")) == QStringLiteral("1"));
    store.reset();
    psql(QStringLiteral("olga"), QStringLiteral("DROP SCHEMA thema_revoked CASCADE"));
}

TEST_CASE("faults: thema-cli search --apply on 1,000 hits killed with SIGKILL leaves all of its codings or none")
{
    setUpServer();
    QTemporaryDir dir;
    QByteArray text;
    for (int i = 1; i <= 1000; ++i)
        text += "Line " + QByteArray::number(i) + " mentions the beacon once.\n";
    const QString owner = pushProject(dir, QStringLiteral("bulk"), text);
    const QString count = QStringLiteral("SELECT count(*) FROM thema_bulk.coding");
    const QStringList apply = {QStringLiteral("search"), owner, QStringLiteral("beacon"), QStringLiteral("--apply"), QStringLiteral("Beacon"),
                               QStringLiteral("--coder"), QStringLiteral("olga")};
    // Build the client's search index first, so that the kills fall into the coding itself.
    REQUIRE(as(QStringLiteral("olga"), {QStringLiteral("search"), owner, QStringLiteral("beacon"), QStringLiteral("--count")}).code == 0);
    int killed = 0;
    for (int delayMs : {150, 300, 500, 800, 1200}) {
        qputenv("PGPASSWORD", "olga");
        QProcess cli;
        cli.start(cliPath(), apply);
        qunsetenv("PGPASSWORD");
        REQUIRE(cli.waitForStarted());
        QThread::msleep(delayMs);
        if (cli.state() == QProcess::Running) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            ++killed;
        }
        cli.waitForFinished();
        const QString n = scalar(QStringLiteral("olga"), count);
        CAPTURE(delayMs);
        CHECK((n == QStringLiteral("0") || n == QStringLiteral("1000")));
        psql(QStringLiteral("olga"), QStringLiteral("DELETE FROM thema_bulk.coding"));
    }
    MESSAGE(killed << " of 5 runs killed before they finished");
    const CliRun full = as(QStringLiteral("olga"), apply);
    INFO(full.err.toStdString());
    CHECK(full.code == 0);
    CHECK(scalar(QStringLiteral("olga"), count) == QStringLiteral("1000"));
    psql(QStringLiteral("olga"), QStringLiteral("DROP SCHEMA thema_bulk CASCADE"));
}
