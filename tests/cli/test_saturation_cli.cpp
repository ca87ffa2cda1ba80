// thema-cli export saturation: sources in the order they were first coded, with the codes each brought first.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QFile>

using thema::test::CliRun;
using thema::test::runCli;

namespace {

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

TEST_CASE("export saturation: new codes per source in coding order, for every coder or the chosen ones")
{
    const QString dir = thema::test::tempDir();
    const QString project = thema::test::cliProjectWithText(dir + QStringLiteral("/saturation.thema"), dir, QStringLiteral("a.txt"),
                                                            "We waited weeks and the staff were kind.\n");
    REQUIRE_FALSE(project.isEmpty());
    for (const auto& [name, text] : {std::pair{"b.txt", "The staff listened, but we waited again.\n"}, std::pair{"c.txt", "Nobody called back.\n"}}) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        REQUIRE(runCli({QStringLiteral("import"), project, f.fileName()}).code == 0);
    }
    // Coded in this order: b first (Care, Waiting), then a (Waiting again, and Care/Kindness new), then c (Waiting).
    auto code = [&](const char* coder, const char* source, const char* codePath, const char* match) {
        const CliRun r = runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QLatin1String(source), QStringLiteral("--code"),
                                 QLatin1String(codePath), QStringLiteral("--coder"), QLatin1String(coder), QStringLiteral("--match"),
                                 QString::fromUtf8(match)});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    };
    code("Ana", "b", "Care", "staff listened");
    code("Ana", "b", "Waiting", "waited again");
    code("Ben", "a", "Waiting", "waited weeks");
    code("Ben", "a", "Care/Kindness", "staff were kind");
    code("Ana", "c", "Waiting", "Nobody called back");

    const QString all = dir + QStringLiteral("/saturation.csv");
    CliRun r = runCli({QStringLiteral("export"), QStringLiteral("saturation"), project, all});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("Wrote %1: Code saturation: new codes per source, in coding order, 3 rows\n").arg(all));
    CHECK(readText(all) == QStringLiteral("Order,Source,New codes,Codes so far,Codes first used here\r\n"
                                          "1,b,2,2,Care; Waiting\r\n"
                                          "2,a,1,3,Care/Kindness\r\n"
                                          "3,c,0,3,\r\n"));

    const QString ben = dir + QStringLiteral("/saturation-ben.md");
    r = runCli({QStringLiteral("export"), QStringLiteral("saturation"), project, ben, QStringLiteral("--coder"), QStringLiteral("Ben")});
    REQUIRE(r.code == 0);
    const QString md = readText(ben);
    CHECK(md.contains(QStringLiteral("| 1 | a | 2 | 2 | Waiting; Care/Kindness |")));
    CHECK_FALSE(md.contains(QStringLiteral("| b |")));
    CHECK(md.contains(QStringLiteral("Only the codings of the chosen coders count.")));

    // A project without codings: a table without rows, not an error.
    const QString empty = thema::test::cliProjectWithText(dir + QStringLiteral("/empty.thema"), dir, QStringLiteral("d.txt"), "Nothing coded.\n");
    REQUIRE_FALSE(empty.isEmpty());
    r = runCli({QStringLiteral("export"), QStringLiteral("saturation"), empty, dir + QStringLiteral("/empty.csv")});
    REQUIRE(r.code == 0);
    CHECK(readText(dir + QStringLiteral("/empty.csv")) == QStringLiteral("Order,Source,New codes,Codes so far,Codes first used here\r\n"));
}
