// Each table writer on a table full of awkward characters: escaping, formula protection, RTL, round trips.
#include "support.h"

#include "format/csvwriter.h"
#include "format/docxwriter.h"
#include "format/latexwriter.h"
#include "format/markdownwriter.h"
#include "format/htmlwriter.h"
#include "model/error.h"
#include "tablewriters.h"
#include "ziparchive.h"

#include <doctest/doctest.h>

#include <QFile>

using namespace thema;
using exports_test::awkwardTable;

TEST_CASE("LaTeX escapes every special character")
{
    CHECK(LatexWriter::escape(QStringLiteral("# $ % & ~ _ ^ \\ { }"))
          == QStringLiteral("\\# \\$ \\% \\& \\textasciitilde{} \\_ \\textasciicircum{} \\textbackslash{} \\{ \\}"));
    CHECK(LatexWriter::escape(QStringLiteral("a < b > c | d")) == QStringLiteral("a \\textless{} b \\textgreater{} c \\textbar{} d"));
    CHECK(LatexWriter::escape(QStringLiteral("[x] *y* a--b")) == QStringLiteral("{[}x{]} {*}y{*} a-{}-b"));
    // Characters pdfLaTeX lacks are wrapped, not dropped: XeLaTeX/LuaLaTeX print the run itself.
    CHECK(LatexWriter::escape(QStringLiteral("ok \U0001F642!")) == QStringLiteral("ok \\themaglyph{1F642}{\U0001F642}!"));
    CHECK(LatexWriter::escape(QStringLiteral("Zoë — “José”")) == QStringLiteral("Zoë — “José”"));

    const QString tex = LatexWriter::render(awkwardTable());
    CHECK(tex.contains(QStringLiteral("\\begin{longtable}")));
    CHECK(tex.contains(QStringLiteral("\\toprule")));
    CHECK(tex.contains(QStringLiteral("\\midrule")));
    CHECK(tex.contains(QStringLiteral("\\bottomrule")));
    CHECK(tex.contains(QStringLiteral("\\themaglyph{05E9}{\u05E9\u05DC\u05D5\u05DD}")));
    CHECK(tex.contains(QStringLiteral("100\\% \\& \\_ signs")));
    // Outside comments, braces balance once escaped braces are set aside.
    int depth = 0;
    for (const QString& line : tex.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('%')))
            continue;
        QString l = line;
        l.remove(QStringLiteral("\\{")).remove(QStringLiteral("\\}"));
        depth += int(l.count(QLatin1Char('{'))) - int(l.count(QLatin1Char('}')));
    }
    CHECK(depth == 0);
}

TEST_CASE("Markdown: one pipe table, escaped pipes, paragraphs joined with <br>")
{
    const TableDocument t = awkwardTable();
    const QString md = MarkdownWriter::render(t);
    CHECK(md.startsWith(QStringLiteral("# Awkward # $ % & table\n\n| Name | Text | Count |\n| --- | --- | ---: |\n")));
    QStringList tableLines;
    for (const QString& line : md.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1Char('|')))
            tableLines.append(line);
    REQUIRE(tableLines.size() == 2 + t.rows.size());
    for (const QString& line : tableLines) {
        QString unescaped = line;
        unescaped.remove(QStringLiteral("\\|"));
        CAPTURE(line);
        CHECK(unescaped.count(QLatin1Char('|')) == t.headers.size() + 1);
    }
    CHECK(md.contains(QStringLiteral("a,b \"quoted\" and a \\| pipe<br>second paragraph")));
    CHECK(md.contains(QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD")));
}

TEST_CASE("a report (as the agreement report): headings, paragraphs, lists and tables through the Markdown, HTML and CSV writers")
{
    ReportDocument report;
    report.title = QStringLiteral("Intercoder agreement (word units)");
    report.paragraph(QStringLiteral("Two coders coded <all> *three* sources."));
    report.heading(QStringLiteral("Pooled"));
    report.bullets({QStringLiteral("Agreement %: 98.8"), QStringLiteral("Cohen's κ: 0.443")});
    TableDocument perCode;
    perCode.headers = {QStringLiteral("Code"), QStringLiteral("Cohen's κ")};
    perCode.numericColumns = {1};
    perCode.rows = {TableRow{{{QStringLiteral("C|pipe")}, {QStringLiteral("0.250")}}}};
    report.table(perCode);
    report.data.headers = {QStringLiteral("scope"), QStringLiteral("code")};
    report.data.rows = {TableRow{{{QStringLiteral("code")}, {QStringLiteral("=HYPERLINK(\"x\")")}}}};

    CHECK(MarkdownWriter::render(report).toStdString() ==
          "# Intercoder agreement (word units)\n\n"
          "Two coders coded \\<all\\> \\*three\\* sources.\n\n"
          "## Pooled\n\n"
          "- Agreement %: 98.8\n- Cohen's κ: 0.443\n\n"
          "| Code | Cohen's κ |\n| --- | ---: |\n| C\\|pipe | 0.250 |\n");
    const QString html = HtmlWriter::render(report);
    CHECK(html.contains(QStringLiteral("<h1 dir=\"auto\">Intercoder agreement (word units)</h1>\n"
                                       "<p dir=\"auto\">Two coders coded &lt;all&gt; *three* sources.</p>\n"
                                       "<h2 dir=\"auto\">Pooled</h2>\n<ul>\n<li dir=\"auto\">Agreement %: 98.8</li>\n")));
    CHECK(html.contains(QStringLiteral("<tr class=\"level0\"><td dir=\"auto\">C|pipe</td><td class=\"num\" dir=\"auto\">0.250</td></tr>")));
    CHECK(html.endsWith(QStringLiteral("</body>\n</html>\n")));
    CHECK(CsvWriter::render(report).toStdString() == "scope,code\r\ncode,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
}

TEST_CASE("CSV round-trips through an RFC 4180 parser, with formula-like cells protected")
{
    const TableDocument t = awkwardTable();
    const QString csv = CsvWriter::render(t);
    const QList<QStringList> records = exports_test::parseCsv(csv);
    REQUIRE(records.size() == t.rows.size() + 1);
    CHECK(records[0] == t.headers);
    for (const QStringList& r : records)
        CHECK(r.size() == 3);
    CHECK(records[1][1] == QStringLiteral("# $ % & ~ _ ^ \\ { } < > |"));
    // The subtheme-like row carries its first column down; paragraphs become lines; numbers stay numbers.
    CHECK(records[2][0] == QStringLiteral("LaTeX"));
    CHECK(records[2][1] == QStringLiteral("a,b \"quoted\" and a | pipe\nsecond paragraph"));
    CHECK(records[2][2] == QStringLiteral("-3"));
    CHECK(records[3][1] == QStringLiteral("'=SUM(A1:A3)"));
    CHECK(records[4][0] == QStringLiteral("'+1 call"));
    CHECK(records[4][1] == QStringLiteral("'-rf"));
    CHECK(records[5][0] == QStringLiteral("'@cmd"));
    CHECK(records[6][1] == QStringLiteral("\u6771\u4EAC\u306B\u4F4F\u3093\u3067\u3044\u307E\u3059 \U0001F642 e\u0301"));

    const QString path = exports_test::tempFile(QStringLiteral("awkward.csv"));
    tableWriterFor(path)->write(t, path);
    const QByteArray bytes = exports_test::readFile(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes) == csv);
}

TEST_CASE("HTML is a standalone page with every cell escaped and direction-aware")
{
    const QString html = HtmlWriter::render(awkwardTable());
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QStringLiteral("@media print")));
    CHECK(html.contains(QStringLiteral("# $ % &amp; ~ _ ^ \\ { } &lt; &gt; |")));
    CHECK(html.contains(QStringLiteral("a,b &quot;quoted&quot;")));
    CHECK(html.contains(QStringLiteral("<td dir=\"auto\">\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD</td>")));
    CHECK_FALSE(html.contains(QStringLiteral("<cmd")));
}

TEST_CASE("DOCX is a WordprocessingML package with a real table, its text intact, RTL runs marked")
{
    const TableDocument t = awkwardTable();
    const QString path = exports_test::tempFile(QStringLiteral("awkward.docx"));
    tableWriterFor(path)->write(t, path);
    const ZipArchive zip = ZipArchive::fromPath(path);
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"})
        CHECK(zip.contains(QLatin1String(part)));
    const QByteArray xml = zip.read(QStringLiteral("word/document.xml"));
    CHECK(xml.contains("<w:tbl>"));
    CHECK(xml.contains("<w:tblHeader/>"));
    CHECK(xml.count("<w:tr>") + xml.count("<w:tr ") == t.rows.size() + 1);
    const QStringList texts = exports_test::xmlTexts(xml, "t");
    CHECK(texts.contains(QStringLiteral("# $ % & ~ _ ^ \\ { } < > |")));
    CHECK(texts.contains(QStringLiteral("a,b \"quoted\" and a | pipe")));
    CHECK(texts.contains(QStringLiteral("second paragraph")));
    CHECK(texts.contains(QStringLiteral("=SUM(A1:A3)")));
    CHECK(texts.contains(QStringLiteral("\u6771\u4EAC\u306B\u4F4F\u3093\u3067\u3044\u307E\u3059 \U0001F642 e\u0301")));
    // The Hebrew paragraph is bidi and its run rtl.
    const qsizetype hebrew = xml.indexOf(QStringLiteral("\u05E9\u05DC\u05D5\u05DD").toUtf8());
    REQUIRE(hebrew > 0);
    const qsizetype paragraph = xml.lastIndexOf("<w:p>", hebrew);
    const QByteArray before = xml.mid(paragraph, hebrew - paragraph);
    CHECK(before.contains("<w:bidi/>"));
    CHECK(before.contains("<w:rtl/>"));
    CHECK(xml.contains("xml:space=\"preserve\""));
}

TEST_CASE("XLSX: shared strings hold the text, formula-like cells are strings, numbers are numbers")
{
    const TableDocument t = awkwardTable();
    const QString path = exports_test::tempFile(QStringLiteral("awkward.xlsx"));
    tableWriterFor(path)->write(t, path);
    const ZipArchive zip = ZipArchive::fromPath(path);
    REQUIRE(zip.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    REQUIRE(zip.contains(QStringLiteral("xl/sharedStrings.xml")));
    const QByteArray sheet = zip.read(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QStringList strings = exports_test::xmlTexts(zip.read(QStringLiteral("xl/sharedStrings.xml")), "t");
    CHECK_FALSE(sheet.contains("<f>"));
    CHECK(strings.contains(QStringLiteral("=SUM(A1:A3)")));
    CHECK(strings.contains(QStringLiteral("-rf")));
    CHECK(strings.contains(QStringLiteral("a,b \"quoted\" and a | pipe\nsecond paragraph")));
    CHECK(strings.contains(QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD")));
    CHECK(strings.contains(QStringLiteral("\u0645\u0631\u062D\u0628\u0627")));
    CHECK(strings.contains(QStringLiteral("LaTeX")));
    CHECK_FALSE(strings.contains(QStringLiteral("-3")));  // a number cell, not a string
    CHECK(sheet.contains("<v>-3</v>"));
    CHECK(sheet.contains("<pane "));                       // the header row is frozen
    CHECK(zip.contains(QStringLiteral("xl/worksheets/sheet2.xml")));  // the notes
}

TEST_CASE("the writer comes from the extension; an unknown one names the file and the choices")
{
    CHECK(tableFormats() == QStringList{QStringLiteral("md"), QStringLiteral("tex"), QStringLiteral("csv"), QStringLiteral("html"),
                                        QStringLiteral("docx"), QStringLiteral("xlsx")});
    CHECK(tableWriterFor(QStringLiteral("x/Table.DOCX"))->extension() == QStringLiteral("docx"));
    CHECK(tableWriterFor(QStringLiteral("t.htm"))->extension() == QStringLiteral("html"));
    try {
        tableWriterFor(QStringLiteral("out.pdf"));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("out.pdf")));
        CHECK(e.message().contains(QStringLiteral(".xlsx")));
    }
}

TEST_CASE("a writer that cannot write throws naming the file and leaves nothing behind")
{
    const QString path = exports_test::tempFile(QStringLiteral("no-such-dir/table"));
    for (const QString& ext : tableFormats()) {
        CAPTURE(ext);
        CHECK_THROWS_AS(tableWriterFor(path + QLatin1Char('.') + ext)->write(awkwardTable(), path + QLatin1Char('.') + ext), Error);
        CHECK_FALSE(QFile::exists(path + QLatin1Char('.') + ext));
    }
}
