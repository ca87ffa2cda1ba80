// Done-means of issue 14: a script of CLI commands alone (samples/rebuild-demo.sh: init, coders, import, codes,
// themes, code, memo — one operation each) rebuilds the demo study, exactly as `thema-cli demo` builds it; then a
// theme merge and an exemplar star, and the theme table thema-cli exports equals the GUI's export byte for byte.
#include "clirun.h"
#include "exportdialog.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QFile>

using thema::test::CliRun;
using thema::test::runCli;
using thema::test::runProgram;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void cli(const QStringList& args)
{
    const CliRun r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
}

}  // namespace

TEST_CASE("a script of thema-cli commands rebuilds the demo study: the same codings, memos and theme table as thema-cli demo")
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/script.thema");
    const CliRun script = runProgram(QStringLiteral("bash"), {QStringLiteral(THEMA_SOURCE_DIR "/samples/rebuild-demo.sh"), project,
                                                              thema::test::cliPath()});
    INFO(script.err.toStdString());
    REQUIRE(script.code == 0);
    cli({QStringLiteral("demo"), dir, QStringLiteral("--force")});  // DIR/demo.thema, built by the demo builder
    const QString demo = dir + QStringLiteral("/demo.thema");
    for (const QStringList& listing : {QStringList{QStringLiteral("codes")}, QStringList{QStringLiteral("themes")},
                                       QStringList{QStringLiteral("participants")}, QStringList{QStringLiteral("sources")}}) {
        const CliRun fromScript = runCli(listing + QStringList{project});
        const CliRun fromDemo = runCli(listing + QStringList{demo});
        INFO(listing.join(QLatin1Char(' ')).toStdString());
        CHECK(fromScript.code == 0);
        CHECK(fromScript.out.toStdString() == fromDemo.out.toStdString());
    }
    // Counted by hand in samples/study.json: 376 codings (none repeated), 11 memos.
    const CliRun codings = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")});
    REQUIRE(codings.code == 0);
    CHECK(codings.array().size() == 376);
    const CliRun memos = runCli({QStringLiteral("memo"), project, QStringLiteral("--json")});
    REQUIRE(memos.code == 0);
    CHECK(memos.array().size() == 11);
    cli({QStringLiteral("export"), QStringLiteral("themes"), project, dir + QStringLiteral("/script-themes.md")});
    cli({QStringLiteral("export"), QStringLiteral("themes"), demo, dir + QStringLiteral("/demo-themes.md")});
    const QByteArray scripted = readAll(dir + QStringLiteral("/script-themes.md"));
    REQUIRE_FALSE(scripted.isEmpty());
    CHECK(scripted.toStdString() == readAll(dir + QStringLiteral("/demo-themes.md")).toStdString());
}

TEST_CASE("thema-cli merges a theme and stars an exemplar in the demo; its theme table equals the GUI's export")
{
    // The demo as `thema-cli demo` builds it (the case above shows the script gives the same project).
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/demo.thema");
    cli({QStringLiteral("demo"), dir, QStringLiteral("--force")});
    cli({QStringLiteral("themes"), QStringLiteral("merge"), project, QStringLiteral("Feeling understood/A person, not a patient"),
         QStringLiteral("Feeling understood/Lived experience as credibility")});
    // Star an extract of a code the merged theme now holds (Identity/Stigma came with "A person, not a patient").
    QString coding;
    {
        const auto store = thema::ProjectStore::openReadOnly(project);
        const auto stigma = store->codeByPath(QStringLiteral("Identity/Stigma"), false);
        REQUIRE(stigma);
        for (const thema::Coding& c : store->codings())
            if (c.code == stigma->id) {
                coding = QString::number(c.id);
                break;
            }
    }
    REQUIRE_FALSE(coding.isEmpty());
    cli({QStringLiteral("themes"), QStringLiteral("exemplar"), project, QStringLiteral("Feeling understood/Lived experience as credibility"), coding});

    const CliRun listed = runCli({QStringLiteral("themes"), QStringLiteral("list"), project});
    REQUIRE(listed.code == 0);
    CHECK_FALSE(listed.out.contains(QStringLiteral("A person, not a patient")));
    CHECK(listed.out.contains(QStringLiteral("    - Identity/Stigma\n")));  // moved into the merged theme

    const QString fromCli = dir + QStringLiteral("/cli-themes.md");
    cli({QStringLiteral("export"), QStringLiteral("themes"), project, fromCli});
    const QString fromGui = dir + QStringLiteral("/gui-themes.md");
    {
        const auto store = thema::ProjectStore::open(project);
        thema::ExportDialog dialog(*store);  // the theme table is the dialog's first kind
        dialog.exportTo(fromGui);
    }
    const QByteArray cliBytes = readAll(fromCli), guiBytes = readAll(fromGui);
    REQUIRE_FALSE(cliBytes.isEmpty());
    CHECK(cliBytes.toStdString() == guiBytes.toStdString());
    CHECK_FALSE(cliBytes.contains("A person, not a patient"));
    // The merged theme's row: its six codes reach 4 of 4 clinicians and 4 of 4 service users (checked with sqlite3
    // on the merged demo: distinct participants per role among the codings of the theme's codes).
    QString row;
    for (const QString& line : QString::fromUtf8(cliBytes).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("|  | Lived experience as credibility |")))
            row = line;
    REQUIRE_FALSE(row.isEmpty());
    CHECK(row.contains(QStringLiteral(" | 4 of 4 | 4 of 4 | ")));
}
