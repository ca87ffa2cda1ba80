// thema-cli stats: ordinal text labels need their order; numbers are one value however they are written.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QFile>

using thema::test::CliRun;
using thema::test::runCli;

namespace {

QString ratings(const QByteArray& csv)
{
    QFile f(thema::test::tempDir() + QStringLiteral("/ratings.csv"));
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    return f.fileName();
}

}  // namespace

TEST_CASE("stats --level ordinal on text labels refuses without --order, and takes the order given")
{
    const QString file = ratings("A,B\nlow,low\nhigh,medium\nmedium,medium\nhigh,high\n");
    const CliRun refused = runCli({QStringLiteral("stats"), file, QStringLiteral("--level"), QStringLiteral("ordinal")});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("--level ordinal on text labels needs their order")));
    const CliRun ordered = runCli({QStringLiteral("stats"), file, QStringLiteral("--level"), QStringLiteral("ordinal"), QStringLiteral("--order"),
                                   QStringLiteral("low,medium,high"), QStringLiteral("--bootstrap"), QStringLiteral("0"), QStringLiteral("--json")});
    INFO(ordered.err.toStdString());
    REQUIRE(ordered.code == 0);
    CHECK(ordered.object().value(QStringLiteral("categories")).toArray() ==
          QJsonArray{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")});
    const CliRun missing = runCli({QStringLiteral("stats"), file, QStringLiteral("--level"), QStringLiteral("ordinal"), QStringLiteral("--order"),
                                   QStringLiteral("low,medium")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("\"high\" is not in --order low,medium")));
    // Nominal needs no order.
    CHECK(runCli({QStringLiteral("stats"), file, QStringLiteral("--bootstrap"), QStringLiteral("0")}).code == 0);
}

TEST_CASE("stats: \"1\" and \"1.0\" are one value, so these coders agree perfectly")
{
    const QString file = ratings("A,B\n1,1.0\n2,2\n1.0,1\n2,2.0\n");
    for (const char* level : {"nominal", "ordinal", "interval", "ratio"}) {
        const CliRun r = runCli({QStringLiteral("stats"), file, QStringLiteral("--level"), QLatin1String(level), QStringLiteral("--bootstrap"),
                                 QStringLiteral("0"), QStringLiteral("--json")});
        CAPTURE(level);
        REQUIRE(r.code == 0);
        CHECK(r.object().value(QStringLiteral("categories")).toArray() == QJsonArray{QStringLiteral("1"), QStringLiteral("2")});
        CHECK(r.object().value(QStringLiteral("krippendorff_alpha")).toDouble() == 1.0);
        CHECK(r.object().value(QStringLiteral("percent_agreement")).toDouble() == 1.0);
    }
}

TEST_CASE("stats: Light's kappa says how many coder pairs it averaged")
{
    // Three coders, three pairs. B and C give "yes" everywhere, so Cohen's kappa of B with C is undefined (no
    // variance): Light's kappa averages the two pairs A–B and A–C only.
    const QString file = ratings("A,B,C\nyes,yes,yes\nno,yes,yes\nyes,yes,yes\nno,yes,yes\n");
    const CliRun r = runCli({QStringLiteral("stats"), file, QStringLiteral("--bootstrap"), QStringLiteral("0"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject light = r.object().value(QStringLiteral("parts")).toObject().value(QStringLiteral("light_kappa")).toObject();
    CHECK(light.value(QStringLiteral("pairs_averaged")).toInt() == 2);
    CHECK(light.value(QStringLiteral("pairs")).toInt() == 3);
    CHECK(runCli({QStringLiteral("stats"), file, QStringLiteral("--bootstrap"), QStringLiteral("0")})
              .out.contains(QStringLiteral("Light's kappa averages Cohen's kappa over 2 of 3 coder pairs")));
}
