// thema-cli and optimistic versioning: listings show each code's, theme's and participant's version; an edit with
// --if-version of an older version is refused (exit 1) with the object's current value, and changes nothing.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

using thema::test::CliRun;
using thema::test::runCli;

namespace {

QJsonObject entry(const QString& command, const QString& project, const QString& name)
{
    const CliRun r = runCli({command, project, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    for (const QJsonValue& v : r.array())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    FAIL("no entry named " << name.toStdString());
    return {};
}

}  // namespace

TEST_CASE("cli versions: an edit based on an old version exits 1 with the current value; the current version goes through")
{
    const QString dir = thema::test::tempDir();
    const QString project = thema::test::cliProjectWithText(dir + QStringLiteral("/versions.thema"), dir, QStringLiteral("note.txt"),
                                                            "I waited six months.\n");
    REQUIRE_FALSE(project.isEmpty());
    REQUIRE(runCli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Waiting")}).code == 0);
    CHECK(entry(QStringLiteral("codes"), project, QStringLiteral("Waiting")).value(QStringLiteral("version")).toInteger() == 1);

    // Ana renames the version she read; Ben's edit, based on the same version 1, is refused.
    REQUIRE(runCli({QStringLiteral("codes"), QStringLiteral("rename"), project, QStringLiteral("Waiting"), QStringLiteral("Waits"),
                    QStringLiteral("--if-version"), QStringLiteral("1")}).code == 0);
    const CliRun stale = runCli({QStringLiteral("codes"), QStringLiteral("colour"), project, QStringLiteral("Waits"), QStringLiteral("#112233"),
                                 QStringLiteral("--if-version"), QStringLiteral("1")});
    CHECK(stale.code == 1);
    CHECK(stale.err.contains(QStringLiteral("Code \"Waits\" was changed by someone else since you read it (you read version 1; it is now "
                                            "version 2), so your change was not made. Its current value: name \"Waits\", colour #")));
    const QJsonObject waits = entry(QStringLiteral("codes"), project, QStringLiteral("Waits"));
    CHECK(waits.value(QStringLiteral("color")).toString() != QStringLiteral("#112233"));
    CHECK(waits.value(QStringLiteral("version")).toInteger() == 2);
    CHECK(runCli({QStringLiteral("codes"), QStringLiteral("colour"), project, QStringLiteral("Waits"), QStringLiteral("#112233"),
                  QStringLiteral("--if-version"), QStringLiteral("2")}).code == 0);
    CHECK(entry(QStringLiteral("codes"), project, QStringLiteral("Waits")).value(QStringLiteral("color")).toString() == QStringLiteral("#112233"));
    CHECK(runCli({QStringLiteral("codes"), QStringLiteral("colour"), project, QStringLiteral("Waits"), QStringLiteral("#445566"),
                  QStringLiteral("--if-version"), QStringLiteral("x")}).code == 2);

    // Themes and participants the same way.
    REQUIRE(runCli({QStringLiteral("themes"), QStringLiteral("add"), project, QStringLiteral("Barriers")}).code == 0);
    REQUIRE(runCli({QStringLiteral("themes"), QStringLiteral("define"), project, QStringLiteral("Barriers"), QStringLiteral("What stops people"),
                    QStringLiteral("--if-version"), QStringLiteral("1")}).code == 0);
    const CliRun theme = runCli({QStringLiteral("themes"), QStringLiteral("status"), project, QStringLiteral("Barriers"), QStringLiteral("final"),
                                 QStringLiteral("--if-version"), QStringLiteral("1")});
    CHECK(theme.code == 1);
    CHECK(theme.err.contains(QStringLiteral("Theme \"Barriers\" was changed by someone else")));
    CHECK(theme.err.contains(QStringLiteral("status candidate, definition \"What stops people\"")));
    CHECK(entry(QStringLiteral("themes"), project, QStringLiteral("Barriers")).value(QStringLiteral("status")).toString() == QStringLiteral("candidate"));

    REQUIRE(runCli({QStringLiteral("participants"), QStringLiteral("add"), project, QStringLiteral("P11"), QStringLiteral("role=clinician")}).code == 0);
    const qint64 seen = entry(QStringLiteral("participants"), project, QStringLiteral("P11")).value(QStringLiteral("version")).toInteger();
    REQUIRE(runCli({QStringLiteral("participants"), QStringLiteral("set"), project, QStringLiteral("P11"), QStringLiteral("site=North")}).code == 0);
    const CliRun person = runCli({QStringLiteral("participants"), QStringLiteral("rename"), project, QStringLiteral("P11"), QStringLiteral("P12"),
                                  QStringLiteral("--if-version"), QString::number(seen)});
    CHECK(person.code == 1);
    CHECK(person.err.contains(QStringLiteral("name \"P11\", not an interviewer, role=\"clinician\", site=\"North\"")));
    CHECK(entry(QStringLiteral("participants"), project, QStringLiteral("P11")).value(QStringLiteral("version")).toInteger() == seen + 1);
}
