// thema-cli demo: a failed build removes only what it made; an existing demo.thema is replaced only by a complete one.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using thema::test::CliRun;
using thema::test::runCli;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

TEST_CASE("thema-cli demo: a failed build leaves the existing demo.thema and the folder as they were")
{
    const QString dir = QDir(thema::test::tempDir()).filePath(QStringLiteral("demo-fail"));
    REQUIRE(QDir().mkpath(dir));
    const QString demo = dir + QStringLiteral("/demo.thema");
    REQUIRE(runCli({QStringLiteral("init"), demo}).code == 0);
    REQUIRE(runCli({QStringLiteral("codes"), QStringLiteral("add"), demo, QStringLiteral("Mine")}).code == 0);
    const QByteArray before = hashOf(demo);
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    // Without --force an existing file is refused.
    const CliRun refused = runCli({QStringLiteral("demo"), dir});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));

    // With --force but a samples folder that is not there, the build fails: the old demo.thema stays.
    const CliRun failed = runCli({QStringLiteral("demo"), dir, QStringLiteral("--force"), QStringLiteral("--samples"),
                                  dir + QStringLiteral("/no-such-samples")});
    CHECK(failed.code == 1);
    CHECK(hashOf(demo) == before);
    CHECK(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == entries);

    // A complete build replaces it.
    const CliRun built = runCli({QStringLiteral("demo"), dir, QStringLiteral("--force")});
    INFO(built.err.toStdString());
    REQUIRE(built.code == 0);
    CHECK(hashOf(demo) != before);
    const CliRun codes = runCli({QStringLiteral("codes"), demo});
    CHECK_FALSE(codes.out.contains(QStringLiteral("Mine")));
    CHECK(QDir(dir).entryList({QStringLiteral(".demo-building*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}
