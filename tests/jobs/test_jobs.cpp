// The GUI's worker jobs open the project read-only and read one snapshot (issue 14): a write by another connection
// between a job's reads does not show in its result, and a job never migrates or writes the project file.
#include "reliability/reliabilityjob.h"
#include "gui/search/searchjob.h"

#include "model/error.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <doctest/doctest.h>

using namespace thema;

namespace {

QString newProject(const QString& name)
{
    const QString path = QDir(test::tempDir()).filePath(name);
    ProjectStore::create(path);
    return path;
}

Id addText(ProjectStore& store, const QString& name, const QString& text)
{
    Source s;
    s.name = name;
    s.format = QStringLiteral("txt");
    s.language = QStringLiteral("en");
    return store.addSource(s, text);
}

Id addCoding(ProjectStore& store, Id source, int start, int end, Id code, Id coder)
{
    Coding c;
    c.source = source;
    c.span = {start, end};
    c.code = code;
    c.coder = coder;
    return store.addCoding(c);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs raw SQL on the project through a connection of the test's own (to make an older or rollback-journal file).
void runRaw(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("jobs-raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& s : statements)
            REQUIRE(QSqlQuery(db).exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("jobs-raw"));
}

}  // namespace

TEST_CASE("search job: indexing and hits read one snapshot while another connection removes a source between them")
{
    const QString path = newProject(QStringLiteral("snapshot-search.thema"));
    {
        const auto store = ProjectStore::open(path);
        for (int i = 1; i <= 5; ++i)
            addText(*store, QStringLiteral("s%1").arg(i), QStringLiteral("An apple, number %1.\n").arg(i));
    }
    // The job indexes the five sources one by one; after the first is committed to the index (progress 1 of 5), a
    // second connection removes s5, whose text the job has not read yet.
    bool removed = false;
    const auto removeS5 = [&](int done, int) {
        if (done != 1)
            return;
        removed = true;
        const auto writer = ProjectStore::open(path);
        writer->removeSource(writer->sourceByName(QStringLiteral("s5"))->id);
    };
    const SearchOutcome first = runSearch(path, QStringLiteral("apple"), SearchOptions{}, removeS5, nullptr);
    REQUIRE(first.error.toStdString() == "");
    CHECK(removed);
    CHECK(first.indexed == 5);
    QStringList names;
    for (const SearchHit& h : first.result.hits)
        names.append(h.sourceName);
    names.sort();
    CHECK(names.join(QLatin1Char(',')).toStdString() == "s1,s2,s3,s4,s5");  // the state the job started from

    // The next job sees the removal (its index update drops s5).
    const SearchOutcome second = runSearch(path, QStringLiteral("apple"), SearchOptions{}, {}, nullptr);
    REQUIRE(second.error.toStdString() == "");
    CHECK(second.result.hits.size() == 4);
}

TEST_CASE("reliability job: the measures and the disagreement list describe one state while another connection codes between them")
{
    const QString path = newProject(QStringLiteral("snapshot-reliability.thema"));
    Id source = 0, code = 0, alex = 0, sam = 0;
    {
        const auto store = ProjectStore::open(path);
        source = addText(*store, QStringLiteral("talk"), QStringLiteral("one two three four five six seven eight nine ten\n"));
        code = store->codeByPath(QStringLiteral("Counting"), true)->id;
        alex = store->ensureCoder(QStringLiteral("Alex"));
        sam = store->ensureCoder(QStringLiteral("Sam"));
        addCoding(*store, source, 0, 3, code, alex);   // "one"
        addCoding(*store, source, 0, 3, code, sam);    // the same span: full agreement
    }
    agreement::AgreementRequest request;
    request.coders = {alex, sam};
    // Between the two steps (measures, then disagreements) Sam codes "five" [19, 23) as well.
    const auto samCodesMore = [&](int done, int) {
        if (done != 1)
            return;
        const auto writer = ProjectStore::open(path);
        addCoding(*writer, source, 19, 23, code, sam);
    };
    const ReliabilityOutcome first = runReliability(path, request, nullptr, samCodesMore);
    REQUIRE(first.error.toStdString() == "");
    CHECK(first.agreement.sources.size() == 1);
    CHECK(first.disagreements.empty());  // as the measures say: Alex and Sam agree everywhere

    const ReliabilityOutcome second = runReliability(path, request, nullptr);
    REQUIRE(second.error.toStdString() == "");
    REQUIRE(second.disagreements.size() == 1);
    CHECK(second.disagreements[0].extent.start == 19);
    CHECK(second.disagreements[0].extent.end == 23);
}

TEST_CASE("jobs open the project read-only: a rollback-journal file is not switched to WAL, an older schema is not migrated")
{
    const QString path = newProject(QStringLiteral("readonly-jobs.thema"));
    Id alex = 0, sam = 0;
    {
        const auto store = ProjectStore::open(path);
        const Id source = addText(*store, QStringLiteral("talk"), QStringLiteral("an apple a day\n"));
        const Id code = store->codeByPath(QStringLiteral("Fruit"), true)->id;
        alex = store->ensureCoder(QStringLiteral("Alex"));
        sam = store->ensureCoder(QStringLiteral("Sam"));
        addCoding(*store, source, 3, 8, code, alex);
        addCoding(*store, source, 3, 8, code, sam);
    }
    agreement::AgreementRequest request;
    request.coders = {alex, sam};

    // A file in rollback-journal mode (as older SQLite tools leave it): ProjectStore::open would switch it to WAL.
    runRaw(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const QByteArray before = fileHash(path);
    const SearchOutcome search = runSearch(path, QStringLiteral("apple"), SearchOptions{}, {}, nullptr);
    CHECK(search.error.toStdString() == "");
    CHECK(search.result.hits.size() == 1);
    const ReliabilityOutcome reliability = runReliability(path, request, nullptr);
    CHECK(reliability.error.toStdString() == "");
    CHECK(reliability.disagreements.empty());
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    // A store opened for reading refuses every change.
    {
        const auto readOnly = ProjectStore::openReadOnly(path);
        CHECK(readOnly->readOnly());
        CHECK_THROWS_AS(readOnly->ensureCoder(QStringLiteral("Kim")), Error);
    }
    CHECK(fileHash(path) == before);

    // A file of the schema before this program's: the jobs refuse it with a message and leave it as it was.
    runRaw(path, {QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::kSchemaVersion - 1)});
    const QByteArray older = fileHash(path);
    const SearchOutcome olderSearch = runSearch(path, QStringLiteral("apple"), SearchOptions{}, {}, nullptr);
    CHECK_FALSE(olderSearch.error.isEmpty());
    const ReliabilityOutcome olderReliability = runReliability(path, request, nullptr);
    CHECK_FALSE(olderReliability.error.isEmpty());
    CHECK(fileHash(path) == older);
    MESSAGE(olderReliability.error.toStdString());

    // A file of a newer Thema (schema 99): refused with a message naming the newer schema, the file untouched.
    runRaw(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray newer = fileHash(path);
    const SearchOutcome newerSearch = runSearch(path, QStringLiteral("apple"), SearchOptions{}, {}, nullptr);
    CHECK_FALSE(newerSearch.error.isEmpty());
    const ReliabilityOutcome newerReliability = runReliability(path, request, nullptr);
    CHECK(newerReliability.error.contains(QStringLiteral("99")));
    CHECK(fileHash(path) == newer);
    MESSAGE(newerReliability.error.toStdString());
}
