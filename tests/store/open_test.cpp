#include "storetest.h"
#include "store/sql.h"

#include <doctest/doctest.h>

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace thema;
using namespace thema::test;

TEST_CASE("store: create, then reopen keeps everything")
{
    const QString path = newProjectPath();
    QString sourceGuid;
    {
        auto store = ProjectStore::create(path, QStringLiteral("fi"));
        CHECK(store->path() == path);
        CHECK(store->language() == QStringLiteral("fi"));
        CHECK(store->setting(QStringLiteral("guid")).size() == 36);
        addText(*store, QStringLiteral("Interview 1"), QStringLiteral("Hyvää päivää 😀"));
        sourceGuid = store->sources().first().guid;
        store->codeByPath(QStringLiteral("Feelings/Joy"), true);
        store->ensureCoder(QStringLiteral("Ann"));
    }
    auto store = ProjectStore::open(path);
    CHECK(store->language() == QStringLiteral("fi"));
    REQUIRE(store->sources().size() == 1);
    const Source source = store->sources().first();
    CHECK(source.guid == sourceGuid);
    CHECK(source.language == QStringLiteral("fi"));
    CHECK(source.characters == 14);
    CHECK(store->sourceText(source.id) == QStringLiteral("Hyvää päivää 😀"));
    CHECK(store->codeByPath(QStringLiteral("Feelings/Joy")).has_value());
    CHECK(store->coderByName(QStringLiteral("Ann")).has_value());
}

TEST_CASE("store: create refuses an existing file")
{
    const QString path = newProjectPath();
    ProjectStore::create(path);
    CHECK(errorOf([&] { ProjectStore::create(path); }).contains(QStringLiteral("exists already")));
}

TEST_CASE("store: a project from a newer Thema is refused and left byte for byte as it was")
{
    const QString path = newProjectPath();
    {
        auto store = ProjectStore::create(path);
        addText(*store, QStringLiteral("S"), QStringLiteral("text"));
    }
    runRaw(path, {QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::kSchemaVersion + 1)});
    const QByteArray before = fileChecksum(path);
    REQUIRE_FALSE(before.isEmpty());
    const QString message = errorOf([&] { ProjectStore::open(path); });
    CHECK(message.startsWith(path + QStringLiteral(": ")));
    CHECK(message.contains(QStringLiteral("newer version of Thema")));
    CHECK(message.contains(QStringLiteral("schema %1").arg(ProjectStore::kSchemaVersion + 1)));
    CHECK(fileChecksum(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("store: a newer project left by a crashed writer (WAL not yet checkpointed) is not changed either")
{
    const QString path = newProjectPath();
    ProjectStore::create(path);
    const QString copy = newProjectPath(QStringLiteral("crashed.thema"));
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 7")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('from', 'the future')")));
        // Copy while the writer still holds the file: the copy is what a crash leaves behind.
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = fileChecksum(copy);
    const QByteArray walBefore = fileChecksum(copy + QStringLiteral("-wal"));
    REQUIRE_FALSE(walBefore.isEmpty());
    CHECK(errorOf([&] { ProjectStore::open(copy); }).contains(QStringLiteral("schema 7")));
    CHECK(fileChecksum(copy) == before);
    CHECK(fileChecksum(copy + QStringLiteral("-wal")) == walBefore);
}

TEST_CASE("store: files that are not projects are refused")
{
    const QString dir = tempDir();
    CHECK(errorOf([&] { ProjectStore::open(dir + QStringLiteral("/missing.thema")); })
              .contains(QStringLiteral("no such project file")));

    const QString text = dir + QStringLiteral("/notes.thema");
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray textSum = fileChecksum(text);
    CHECK(errorOf([&] { ProjectStore::open(text); }) == text + QStringLiteral(": not a Thema project (not an SQLite database)"));
    CHECK(fileChecksum(text) == textSum);

    const QString empty = dir + QStringLiteral("/empty.thema");
    QFile(empty).open(QIODevice::WriteOnly);
    CHECK(errorOf([&] { ProjectStore::open(empty); }).contains(QStringLiteral("not an SQLite database")));
    CHECK(QFileInfo(empty).size() == 0);

    const QString other = dir + QStringLiteral("/other.sqlite");
    runRaw(other, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"), QStringLiteral("INSERT INTO bookmarks VALUES ('x')")});
    const QByteArray otherSum = fileChecksum(other);
    CHECK(errorOf([&] { ProjectStore::open(other); }) == other + QStringLiteral(": an SQLite database, but not a Thema project"));
    CHECK(fileChecksum(other) == otherSum);

    CHECK(errorOf([&] { ProjectStore::open(dir); }).contains(QStringLiteral("not a Thema project")));
}

TEST_CASE("store: settings")
{
    auto store = newStore();
    CHECK(store->setting(QStringLiteral("missing"), QStringLiteral("fallback")) == QStringLiteral("fallback"));
    store->setSetting(QStringLiteral("k"), QStringLiteral("v1"));
    store->setSetting(QStringLiteral("k"), QStringLiteral("v2"));
    CHECK(store->setting(QStringLiteral("k")) == QStringLiteral("v2"));
}

TEST_CASE("store: a schema 2 project gains versions on open: every code, theme, memo and participant at version 1")
{
    const QString path = newProjectPath();
    {
        auto store = ProjectStore::create(path);
        Code code;
        code.name = QStringLiteral("Old");
        store->addCode(code);
        Participant p;
        p.name = QStringLiteral("P1");
        store->addParticipant(p);
    }
    QStringList drop;
    for (const char* table : {"code", "theme", "memo", "participant"})
        drop.append(QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table)));
    runRaw(path, drop + QStringList{QStringLiteral("PRAGMA user_version = 2")});
    auto store = ProjectStore::open(path);
    CHECK(sql::scalar(store->database(), QStringLiteral("PRAGMA user_version")).toInt() == 3);
    CHECK(store->codeByPath(QStringLiteral("Old"))->version == 1);
    CHECK(store->participantByName(QStringLiteral("P1"))->version == 1);
    store->renameCode(store->codeByPath(QStringLiteral("Old"))->id, QStringLiteral("New"), 1);
    CHECK(store->codeByPath(QStringLiteral("New"))->version == 2);
}
