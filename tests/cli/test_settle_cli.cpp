// thema-cli settle: one disagreement settled by hand (keep spans or drop), kept when the rest is settled by rule.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QJsonArray>
#include <QJsonObject>

using thema::test::CliRun;
using thema::test::runCli;

namespace {

/** The consensus layer's spans of the project, as "start-end", from thema-cli codings --json. */
QStringList consensusSpans(const QString& project)
{
    const CliRun r = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    QStringList spans;
    for (const QJsonValue& v : r.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("coder")).toString() == QStringLiteral("Consensus"))
            spans.append(QStringLiteral("%1-%2").arg(o.value(QStringLiteral("start")).toInteger()).arg(o.value(QStringLiteral("end")).toInteger()));
    }
    spans.sort();
    return spans;
}

}  // namespace

TEST_CASE("settle keeps a hand-chosen span; agreement --adjudicate union leaves it; --drop codes nothing")
{
    const QString dir = thema::test::tempDir();
    const QString project = thema::test::cliProjectWithText(dir + QStringLiteral("/settle.thema"), dir, QStringLiteral("note.txt"),
                                                            "I waited six months for the first appointment.\n");
    REQUIRE_FALSE(project.isEmpty());
    // Ana: "waited six months" [2, 19); Ben: "six months for the first" [9, 33).
    auto code = [&](const char* coder, const char* start, const char* end) {
        REQUIRE(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("note"), QStringLiteral("--code"),
                        QStringLiteral("Waiting"), QStringLiteral("--coder"), QLatin1String(coder), QStringLiteral("--start"),
                        QLatin1String(start), QStringLiteral("--end"), QLatin1String(end)})
                    .code == 0);
    };
    code("Ana", "2", "19");
    code("Ben", "9", "33");

    const QStringList settle{QStringLiteral("settle"), project, QStringLiteral("--source"), QStringLiteral("note"),
                             QStringLiteral("--code"), QStringLiteral("Waiting"), QStringLiteral("--extent"), QStringLiteral("2-33")};
    CliRun r = runCli(settle + QStringList{QStringLiteral("--keep"), QStringLiteral("9-19")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("kept 1 span")));
    CHECK(consensusSpans(project) == QStringList{QStringLiteral("9-19")});

    // Settling the rest by rule (union would give 2-33) leaves the hand decision.
    r = runCli({QStringLiteral("agreement"), project, QStringLiteral("--coders"), QStringLiteral("Ana,Ben"), QStringLiteral("--adjudicate"),
                QStringLiteral("union"), QStringLiteral("--bootstrap"), QStringLiteral("0")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(consensusSpans(project) == QStringList{QStringLiteral("9-19")});

    // Dropped by hand: nothing coded, and the rule leaves it so.
    REQUIRE(runCli(settle + QStringList{QStringLiteral("--drop")}).code == 0);
    CHECK(consensusSpans(project).isEmpty());

    // A kept span outside the disagreement is refused, naming both; nothing changes.
    r = runCli(settle + QStringList{QStringLiteral("--keep"), QStringLiteral("30-40")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("[30, 40)")));
    CHECK(r.err.contains(QStringLiteral("[2, 33)")));
    CHECK(consensusSpans(project).isEmpty());
    // Neither --keep nor --drop: usage.
    CHECK(runCli(settle).code == 2);
}
