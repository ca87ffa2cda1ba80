// thema-cli agreement --csv|--md|--html: one report document through the exporters' writers; formula-like names come out as text.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>


using thema::test::CliRun;
using thema::test::runCli;

TEST_CASE("agreement --csv protects a code named like a spreadsheet formula")
{
    const QString dir = thema::test::tempDir();
    const QString project = thema::test::cliProjectWithText(dir + QStringLiteral("/formula.thema"), dir, QStringLiteral("P1.txt"),
                                                            "P1: I waited six months for the first appointment.\n");
    REQUIRE_FALSE(project.isEmpty());
    for (const char* coder : {"Ana", "Ben"})
        REQUIRE(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("P1"), QStringLiteral("--code"),
                        QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("--coder"), QLatin1String(coder), QStringLiteral("--match"),
                        QStringLiteral("six months")})
                    .code == 0);
    const CliRun r = runCli({QStringLiteral("agreement"), project, QStringLiteral("--coders"), QStringLiteral("Ana,Ben"), QStringLiteral("--csv"),
                             QStringLiteral("--bootstrap"), QStringLiteral("0")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The per-code row: the name is quoted (it holds quotes) and starts with an apostrophe, so no spreadsheet runs it.
    CHECK(r.out.contains(QStringLiteral("\r\ncode,\"'=HYPERLINK(\"\"x\"\")\",,")));
    CHECK_FALSE(r.out.contains(QStringLiteral(",=HYPERLINK")));
    CHECK_FALSE(r.out.contains(QStringLiteral(",\"=HYPERLINK")));
    CHECK(r.out.startsWith(QStringLiteral("scope,code,source,units,coded_by_all,percent_agreement,cohen_kappa,")));
    // pooled, one code, one source, one code × source, after the header
    CHECK(r.out.count(QStringLiteral("\r\n")) == 5);

    // The printed report is the same document through the Markdown and HTML writers.
    const QStringList args{QStringLiteral("agreement"), project, QStringLiteral("--coders"), QStringLiteral("Ana,Ben"), QStringLiteral("--bootstrap"),
                           QStringLiteral("0")};
    const CliRun md = runCli(args + QStringList{QStringLiteral("--md")});
    REQUIRE(md.code == 0);
    CHECK(md.out.startsWith(QStringLiteral("# Intercoder agreement (character units)\n\nTwo coders (Ana, Ben)")));
    CHECK(md.out.contains(QStringLiteral("## Per code\n\n| Code | Units | Coded by all | Agreement % | Cohen's κ | Gwet's AC1 | Krippendorff's α |\n"
                                         "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n| =HYPERLINK(\"x\") | 50 | 10 | 100.0 |")));
    const CliRun html = runCli(args + QStringList{QStringLiteral("--html")});
    REQUIRE(html.code == 0);
    CHECK(html.out.contains(QStringLiteral("<h2 dir=\"auto\">Per code</h2>\n<table>")));
    CHECK(html.out.contains(QStringLiteral("<td dir=\"auto\">=HYPERLINK(&quot;x&quot;)</td><td class=\"num\" dir=\"auto\">50</td>")));
}
