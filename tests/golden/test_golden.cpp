// Golden results of the demo study: the theme table (Markdown and CSV), the code × role matrix and the agreement
// report between Alex and Sam, made by the real thema-cli from samples/ and compared exactly with expected/ (dates
// and times masked). These are the figures a paper quotes ("8 of 11 clinicians"); a change to any cell fails here.
//
// Regenerating the expected files is a deliberate act, after reading the diff of what changed and why:
//     THEMA_UPDATE_GOLDEN=1 build/tests/golden/test_golden && git diff tests/golden/expected
// The test then writes expected/ from the current output and fails, so an update is never silent.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

using thema::test::CliRun;
using thema::test::runCli;

/** The demo project, built once per run by `thema-cli demo`, as a user builds it. */
QString demoProject()
{
    static const QString project = []() -> QString {
        const QString dir = thema::test::tempDir();
        const CliRun r = runCli({QStringLiteral("demo"), dir, QStringLiteral("--force")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return dir + QStringLiteral("/demo.thema");
    }();
    return project;
}

/** Dates and times change from run to run; everything else must not. */
QString masked(QString text)
{
    static const QRegularExpression stamp(QStringLiteral(R"(\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)"));
    return text.replace(stamp, QStringLiteral("<date>"));
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void compareWithGolden(const QString& name, const QString& actual)
{
    const QString path = QStringLiteral(THEMA_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIntValue("THEMA_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(masked(actual).toUtf8());
        FAIL_CHECK("wrote " << path.toStdString() << "; review it with git diff and run again without THEMA_UPDATE_GOLDEN");
        return;
    }
    const QString expected = readText(path);
    REQUIRE_MESSAGE(!expected.isEmpty(), "missing golden file " << path.toStdString());
    const QStringList want = expected.split(QLatin1Char('\n')), got = masked(actual).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QString w = want.value(i, QStringLiteral("<end of file>")), g = got.value(i, QStringLiteral("<end of file>"));
        if (w != g) {
            FAIL_CHECK(name.toStdString() << " line " << i + 1 << "\n  expected: " << w.toStdString() << "\n  actual:   "
                                          << g.toStdString());
            return;
        }
    }
}

QString exported(const QString& kind, const QString& file, const QStringList& options)
{
    const QString out = thema::test::tempDir() + QLatin1Char('/') + file;
    const CliRun r = runCli(QStringList{QStringLiteral("export"), kind, demoProject(), out} + options);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return readText(out);
}

}  // namespace

TEST_CASE("the demo study's theme table, as Markdown and CSV, equals the golden file")
{
    const QStringList options{QStringLiteral("--group-by"), QStringLiteral("role"), QStringLiteral("--quotes"), QStringLiteral("2")};
    compareWithGolden(QStringLiteral("themes.md"), exported(QStringLiteral("themes"), QStringLiteral("themes.md"), options));
    compareWithGolden(QStringLiteral("themes.csv"), exported(QStringLiteral("themes"), QStringLiteral("themes.csv"), options));
}

TEST_CASE("the demo study's code x role matrix equals the golden file")
{
    compareWithGolden(QStringLiteral("matrix.md"), exported(QStringLiteral("matrix"), QStringLiteral("matrix.md"),
                                                            {QStringLiteral("--group-by"), QStringLiteral("role")}));
    compareWithGolden(QStringLiteral("theme-matrix.csv"),
                      exported(QStringLiteral("matrix"), QStringLiteral("theme-matrix.csv"),
                               {QStringLiteral("--group-by"), QStringLiteral("role"), QStringLiteral("--rows"), QStringLiteral("themes")}));
}

TEST_CASE("the demo study's agreement report between Alex and Sam equals the golden file")
{
    for (const char* unit : {"character", "word", "segment"}) {
        const CliRun r = runCli({QStringLiteral("agreement"), demoProject(), QStringLiteral("--coders"), QStringLiteral("Alex,Sam"),
                           QStringLiteral("--unit"), QLatin1String(unit), QStringLiteral("--md")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        compareWithGolden(QStringLiteral("agreement-%1.md").arg(QLatin1String(unit)), r.out);
    }
}
