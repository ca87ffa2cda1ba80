// Done-means of issue 14: a script of CLI commands alone rebuilds the demo study, with a theme merge and an
// exemplar star, and the theme table thema-cli exports equals the GUI's export of the same project byte for byte.
#include "clirun.h"
#include "exportdialog.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QFile>

using thema::test::CliRun;
using thema::test::runCli;

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

TEST_CASE("a thema-cli script rebuilds the demo with a theme merge and a star; its theme table equals the GUI's export")
{
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
