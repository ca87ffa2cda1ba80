// Every export of the demo study in every format, checked as its readers' tools would read it; and the CLI.
#include "clirun.h"
#include "support.h"

#include "format/csvwriter.h"
#include "model/error.h"
#include "format/markdownwriter.h"
#include "reportexport.h"
#include "tablewriters.h"
#include "ziparchive.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace thema;

namespace {

/** What a CSV cell holds for a table cell: paragraphs on lines, formula-like text behind an apostrophe. */
QString csvValue(const TableRow& row, qsizetype column)
{
    const QString text = column < row.cells.size() ? row.cells[column].join(QLatin1Char('\n')) : QString();
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)?$"));
    const bool formula = !text.isEmpty() && QStringView(u"=+-@").contains(text.front()) && !number.match(text).hasMatch();
    return formula ? QLatin1Char('\'') + text : text;
}

using thema::test::CliRun;
using thema::test::runCli;

}  // namespace

TEST_CASE("the demo's theme table in Markdown: the columns, the groups and attributed quotes")
{
    const TableDocument t = buildReport(exports_test::demo(), ReportKind::Themes, AnalysisOptions{});
    CHECK(t.headers == QStringList{QStringLiteral("Theme"), QStringLiteral("Subtheme"), QStringLiteral("Definition"),
                                   QStringLiteral("clinician (n = 4)"), QStringLiteral("service user (n = 4)"), QStringLiteral("Exemplar quotes")});
    const QString md = MarkdownWriter::render(t);
    CHECK(md.contains(QStringLiteral("| Feeling understood |  | ")));
    CHECK(md.contains(QStringLiteral("|  | Lived experience as credibility | ")));
    CHECK(md.contains(QStringLiteral(" of 4 | ")));
    CHECK(md.contains(QStringLiteral(", clinician)")));
    CHECK(md.contains(QStringLiteral(", service user)")));
    int lines = 0;
    for (const QString& line : md.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1Char('|'))) {
            ++lines;
            QString l = line;
            CHECK(l.remove(QStringLiteral("\\|")).count(QLatin1Char('|')) == 7);
        }
    CHECK(lines == t.rows.size() + 2);
}

TEST_CASE("every kind of the demo in every format: CSV parses to the table's cells, DOCX and XLSX hold the text")
{
    for (ReportKind kind : {ReportKind::Themes, ReportKind::Extracts, ReportKind::Codebook, ReportKind::Matrix, ReportKind::Reliability}) {
        const TableDocument t = buildReport(exports_test::demo(), kind, AnalysisOptions{});
        REQUIRE(!t.rows.isEmpty());
        CAPTURE(reportKindName(kind));
        for (const QString& ext : tableFormats()) {
            CAPTURE(ext);
            const QString path = exports_test::tempFile(QStringLiteral("demo-%1.%2").arg(reportKindName(kind), ext));
            exportReport(exports_test::demo(), kind, AnalysisOptions{}, path);
            CHECK(QFile(path).size() > 0);
        }
        const QString base = exports_test::tempFile(QStringLiteral("demo-") + reportKindName(kind));

        const QList<QStringList> records = exports_test::parseCsv(QString::fromUtf8(exports_test::readFile(base + QStringLiteral(".csv"))));
        REQUIRE(records.size() == t.rows.size() + 1);
        CHECK(records[0] == t.headers);
        const QList<TableRow> filled = t.filledRows();
        for (qsizetype r = 0; r < filled.size(); ++r)
            for (qsizetype c = 0; c < t.headers.size(); ++c)
                CHECK(records[r + 1][c] == csvValue(filled[r], c));

        const ZipArchive docx = ZipArchive::fromPath(base + QStringLiteral(".docx"));
        const QByteArray document = docx.read(QStringLiteral("word/document.xml"));
        CHECK(document.contains("<w:tbl>"));
        const QStringList docxTexts = exports_test::xmlTexts(document, "t");
        const ZipArchive xlsx = ZipArchive::fromPath(base + QStringLiteral(".xlsx"));
        REQUIRE(xlsx.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        const QStringList shared = exports_test::xmlTexts(xlsx.read(QStringLiteral("xl/sharedStrings.xml")), "t");
        // Every text cell of the table is a whole shared string in the XLSX and whole runs in the DOCX.
        for (const TableRow& row : filled)
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                const QString text = row.cells[c].join(QLatin1Char('\n'));
                if (text.isEmpty() || t.numericColumns.contains(int(c)))
                    continue;
                CHECK(shared.contains(text));
            }
        for (const TableRow& row : t.rows)
            for (const TableCell& cell : row.cells)
                for (const QString& paragraph : cell)
                    if (!paragraph.isEmpty() && !paragraph.contains(QLatin1Char('\n')))
                        CHECK(docxTexts.contains(paragraph));
    }
}

TEST_CASE("the demo's quote with an emoji survives CSV, XLSX, DOCX and HTML byte for byte")
{
    const QString emoji = QStringLiteral("Proud of you today \U0001F642");
    AnalysisOptions o;
    for (const QString& ext : {QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("md")}) {
        const QString path = exports_test::tempFile(QStringLiteral("emoji.") + ext);
        exportReport(exports_test::demo(), ReportKind::Extracts, o, path);
        CHECK(QString::fromUtf8(exports_test::readFile(path)).contains(emoji));
    }
    const QString docx = exports_test::tempFile(QStringLiteral("emoji.docx"));
    exportReport(exports_test::demo(), ReportKind::Extracts, o, docx);
    CHECK(ZipArchive::fromPath(docx).read(QStringLiteral("word/document.xml")).contains(emoji.toUtf8()));
    const QString xlsx = exports_test::tempFile(QStringLiteral("emoji.xlsx"));
    exportReport(exports_test::demo(), ReportKind::Extracts, o, xlsx);
    CHECK(ZipArchive::fromPath(xlsx).read(QStringLiteral("xl/sharedStrings.xml")).contains(emoji.toUtf8()));
}

TEST_CASE("the LaTeX of the demo compiles with pdfLaTeX in a minimal booktabs document (when pdflatex is installed)")
{
    const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
    if (pdflatex.isEmpty()) {
        MESSAGE("skipped: pdflatex is not installed");
        return;
    }
    for (ReportKind kind : {ReportKind::Themes, ReportKind::Extracts}) {
        CAPTURE(reportKindName(kind));
        const QString dir = exports_test::tempFile(QStringLiteral("latex-") + reportKindName(kind));
        QDir().mkpath(dir);
        exportReport(exports_test::demo(), kind, AnalysisOptions{}, dir + QStringLiteral("/table.tex"));
        QFile main(dir + QStringLiteral("/main.tex"));
        REQUIRE(main.open(QIODevice::WriteOnly));
        main.write("\\documentclass{article}\n\\usepackage[a4paper,landscape,margin=15mm]{geometry}\n"
                   "\\usepackage{booktabs,longtable,array}\n\\begin{document}\n\\input{table.tex}\n\\end{document}\n");
        main.close();
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(pdflatex, {QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"), QStringLiteral("main.tex")});
        REQUIRE(p.waitForFinished(240000));
        CAPTURE(QString::fromUtf8(p.readAllStandardOutput().right(2000)));
        CHECK(p.exitCode() == 0);
        CHECK(QFile::exists(dir + QStringLiteral("/main.pdf")));
    }
}

TEST_CASE("thema-cli export: kinds, options, codebook by extension, errors")
{
    const QString project = exports_test::demoPath();
    const QString out = exports_test::tempFile(QStringLiteral("cli"));
    QDir().mkpath(out);

    CliRun r = runCli({QStringLiteral("export"), QStringLiteral("themes"), project, out + QStringLiteral("/themes.md"), QStringLiteral("--quotes"),
                 QStringLiteral("1"), QStringLiteral("--label"), QStringLiteral("({name}, {site})"), QStringLiteral("--theme"),
                 QStringLiteral("Holding the line")});
    CHECK(r.code == 0);
    const QString md = QString::fromUtf8(exports_test::readFile(out + QStringLiteral("/themes.md")));
    CHECK(md.contains(QStringLiteral("| Holding the line |")));
    CHECK_FALSE(md.contains(QStringLiteral("Feeling understood")));
    CHECK((md.contains(QStringLiteral(", North)")) || md.contains(QStringLiteral(", South)"))));
    CHECK_FALSE(md.contains(QStringLiteral("<br>")));  // one quote per row

    r = runCli({QStringLiteral("export"), QStringLiteral("matrix"), project, out + QStringLiteral("/m.csv"), QStringLiteral("--count"),
             QStringLiteral("words"), QStringLiteral("--rows"), QStringLiteral("themes"), QStringLiteral("--group-by"), QStringLiteral("site"),
             QStringLiteral("--json")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"kind\": \"matrix\"")));
    const QList<QStringList> m = exports_test::parseCsv(QString::fromUtf8(exports_test::readFile(out + QStringLiteral("/m.csv"))));
    REQUIRE(!m.isEmpty());
    CHECK(m[0] == QStringList{QStringLiteral("Theme"), QStringLiteral("North (n = 4)"), QStringLiteral("South (n = 4)"), QStringLiteral("Total")});

    // codebook: .qdc is REFI-QDA's codebook, a table format the codebook document.
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("codebook"), project, out + QStringLiteral("/c.qdc")}).code == 0);
    CHECK(exports_test::readFile(out + QStringLiteral("/c.qdc")).contains("<CodeBook"));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("codebook"), project, out + QStringLiteral("/c.xlsx")}).code == 0);
    CHECK(ZipArchive::looksLikeZip(exports_test::readFile(out + QStringLiteral("/c.xlsx"))));

    r = runCli({QStringLiteral("export"), QStringLiteral("extracts"), project, out + QStringLiteral("/e.pdf")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("e.pdf")));
    CHECK_FALSE(QFile::exists(out + QStringLiteral("/e.pdf")));
    r = runCli({QStringLiteral("export"), QStringLiteral("themes"), project, out + QStringLiteral("/t.md"), QStringLiteral("--count"), QStringLiteral("lots")});
    CHECK(r.code == 2);
    r = runCli({QStringLiteral("export"), QStringLiteral("themes"), project, out + QStringLiteral("/t.md"), QStringLiteral("--theme"), QStringLiteral("No such theme")});
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(out + QStringLiteral("/t.md")));
}

TEST_CASE("the reliability report comes from the agreement engine: pooled first, then one row per code")
{
    ProjectStore& store = exports_test::demo();
    const TableDocument t = buildReport(store, ReportKind::Reliability, AnalysisOptions{});
    CHECK(t.headers.contains(QStringLiteral("Cohen's κ")));
    CHECK(t.headers.contains(QStringLiteral("Krippendorff's α")));
    REQUIRE(t.rows.size() > 1);
    CHECK(t.rows.front().cells.front() == TableCell{QStringLiteral("All codes (pooled)")});
    CHECK(t.notes.front().contains(QStringLiteral("Alex")));
    // Every figure cell is a number (or "–" for undefined); the percentage column stays between 0 and 100.
    const qsizetype percent = t.headers.indexOf(QStringLiteral("Agreement %"));
    REQUIRE(percent > 0);
    for (const TableRow& row : t.rows) {
        bool ok = false;
        const double v = row.cells[percent].join(QString()).toDouble(&ok);
        CHECK(ok);
        CHECK(v >= 0);
        CHECK(v <= 100);
    }
    AnalysisOptions one;
    one.coders = {store.coderByName(QStringLiteral("Alex"))->id};
    CHECK_THROWS_AS(buildReport(store, ReportKind::Reliability, one), Error);
    AnalysisOptions badUnit;
    badUnit.agreementUnit = QStringLiteral("paragraphs");
    CHECK_THROWS_AS(buildReport(store, ReportKind::Reliability, badUnit), Error);

    const QString path = exports_test::tempFile(QStringLiteral("reliability.xlsx"));
    exportReport(store, ReportKind::Reliability, AnalysisOptions{}, path);
    const ZipArchive zip = ZipArchive::fromPath(path);
    CHECK(exports_test::xmlTexts(zip.read(QStringLiteral("xl/sharedStrings.xml")), "t").contains(QStringLiteral("All codes (pooled)")));
}
