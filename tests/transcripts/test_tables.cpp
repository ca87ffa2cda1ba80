// Spreadsheet transcripts and survey answers (CSV, TSV, XLSX, ODS), read as a user's file is read, and imported
// through thema-cli.
#include "clirun.h"
#include "importerregistry.h"
#include "model/error.h"
#include "shared.h"
#include "testfiles.h"
#include "store/projectstore.h"
#include "text/offsets.h"
#include "zipwriter.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace thema;

namespace {

QString writeFile(const QString& fileName, const QByteArray& content)
{
    return test::writeTestFile(fileName, content);
}

QString turnText(const SourceDraft& d, int i)
{
    return TextOffsets::mid(d.text, d.turns[i].span.start, d.turns[i].span.end);
}

QList<SourceDraft> readAll(const QString& path, const QString& layout = {})
{
    ImportOptions options;
    options.surveyLayout = layout;
    return ImporterRegistry::instance().readSources(path, options);
}

QString xlsx(const QString& fileName)
{
    const QString path = QDir(test::tempDir()).filePath(fileName);
    ZipWriter zip(path);
    zip.add(QStringLiteral("[Content_Types].xml"),
            R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)");
    zip.add(QStringLiteral("xl/workbook.xml"),
            R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Transcript" sheetId="1" r:id="rId3"/></sheets></workbook>)");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet7.xml"/></Relationships>)");
    zip.add(QStringLiteral("xl/sharedStrings.xml"),
            R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Start</t></si><si><t>Speaker</t></si><si><t>Text</t></si><si><t>Interviewer</t></si><si><r><t>How long </t></r><r><rPr><b/></rPr><t>did you wait?</t></r></si><si><t>P11</t></si><si><t xml:space="preserve">Six months.
Maybe seven.</t></si></sst>)");
    // B1..C1 header; A2 a time as a fraction of a day (00:01:02); a gap column D skipped; an inline string.
    zip.add(QStringLiteral("xl/worksheets/sheet7.xml"),
            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2"><v>7.1759259259259259E-4</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row>
<row r="3"><c r="A3" t="str"><v>00:01:09</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" t="s"><v>6</v></c></row>
<row r="5"><c r="A5"><v>0.00086805555555555551</v></c><c r="B5" t="s"><v>3</v></c><c r="C5" t="inlineStr"><is><t>Thank you, Ünal.</t></is></c></row>
</sheetData></worksheet>)");
    zip.commit();
    return path;
}

QString ods(const QString& fileName)
{
    const QString path = QDir(test::tempDir()).filePath(fileName);
    ZipWriter zip(path);
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
    zip.add(QStringLiteral("content.xml"),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
<table:table table:name="Survey">
<table:table-row><table:table-cell office:value-type="string"><text:p>ID</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Role</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Age</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>What helped you most?</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Anything else</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>nurse</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="34"><text:p>34</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>The peer<text:s text:c="2"/>worker.</text:p><text:p>She called back.</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Longer opening hours at the weekend would help a lot.</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="8"><text:p>8</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>carer</text:p></table:table-cell><table:table-cell/><table:table-cell office:value-type="string"><text:p>Nothing, honestly.</text:p></table:table-cell><table:table-cell/><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>)");
    zip.commit();
    return path;
}

QString run(const QStringList& args, int expectedExit = 0)
{
    const thema::test::CliRun r = thema::test::runCli(args, 60000);
    const QString out = r.out + r.err;
    CAPTURE(out.toStdString());
    CHECK(r.code == expectedExit);
    return out;
}

}  // namespace

TEST_CASE("a CSV transcript: time, speaker and text columns, quoted cells with commas and line breaks")
{
    const QString path = writeFile(QStringLiteral("zoom-export.csv"),
                                   "\xEF\xBB\xBFStart,End,Speaker,Text\r\n"
                                   "00:00:05.200,00:00:09,Interviewer,\"So, how long did you wait?\"\r\n"
                                   "9.5,14,Anna,\"Six months.\r\nThen a \"\"quick\"\" call.\"\r\n"
                                   ",,,\r\n"
                                   "00:00:15,,Interviewer,Right.\r\n");
    const QList<SourceDraft> drafts = readAll(path);
    REQUIRE(drafts.size() == 1);
    const SourceDraft& d = drafts.first();
    CHECK(d.format == QStringLiteral("csv"));
    CHECK(d.name == QStringLiteral("zoom-export"));
    REQUIRE(d.turns.size() == 3);
    CHECK(d.turns[0].speaker == QStringLiteral("Interviewer"));
    CHECK(d.turns[1].speaker == QStringLiteral("Anna"));
    CHECK(turnText(d, 0) == QStringLiteral("So, how long did you wait?"));
    CHECK(turnText(d, 1) == QStringLiteral("Six months.\nThen a \"quick\" call."));
    CHECK(turnText(d, 2) == QStringLiteral("Right."));
    CHECK(d.turns[0].beginMs == 5200);
    CHECK(d.turns[0].endMs == 9000);
    CHECK(d.turns[1].beginMs == 9500);  // plain numbers in a CSV are seconds
    CHECK(d.turns[2].beginMs == 15000);
}

TEST_CASE("a semicolon CSV (European Excel) and a TSV transcript")
{
    const SourceDraft semi = readAll(writeFile(QStringLiteral("semi.csv"),
                                               "Time;Speaker;Text\n00:01;B;Hallo, ja.\n00:04;I;Gut.\n"))
                                 .first();
    REQUIRE(semi.turns.size() == 2);
    CHECK(turnText(semi, 0) == QStringLiteral("Hallo, ja."));
    CHECK(semi.turns[1].speaker == QStringLiteral("I"));
    CHECK(semi.turns[1].beginMs == 4000);
    const SourceDraft tsv = readAll(writeFile(QStringLiteral("otter.tsv"),
                                              "speaker\tstart_time\ttranscript\nSpeaker 1\t0:03\tHi there.\nSpeaker 2\t0:07\tHello, hello.\n"))
                                .first();
    CHECK(tsv.format == QStringLiteral("tsv"));
    REQUIRE(tsv.turns.size() == 2);
    CHECK(tsv.turns[1].speaker == QStringLiteral("Speaker 2"));
    CHECK(turnText(tsv, 1) == QStringLiteral("Hello, hello."));
    CHECK(tsv.turns[1].beginMs == 7000);
}

TEST_CASE("an XLSX transcript: shared strings, rich runs, inline strings, times as fractions of a day")
{
    const QList<SourceDraft> drafts = readAll(xlsx(QStringLiteral("interview.xlsx")));
    REQUIRE(drafts.size() == 1);
    const SourceDraft& d = drafts.first();
    CHECK(d.format == QStringLiteral("xlsx"));
    REQUIRE(d.turns.size() == 3);
    CHECK(d.turns[0].speaker == QStringLiteral("Interviewer"));
    CHECK(d.turns[1].speaker == QStringLiteral("P11"));
    CHECK(turnText(d, 0) == QStringLiteral("How long did you wait?"));
    CHECK(turnText(d, 1) == QStringLiteral("Six months.\nMaybe seven."));
    CHECK(turnText(d, 2) == QStringLiteral("Thank you, Ünal."));
    CHECK(d.turns[0].beginMs == 62000);
    CHECK(d.turns[1].beginMs == 69000);
    CHECK(d.turns[2].beginMs == 75000);
}

TEST_CASE("an ODS survey, one source per question, other columns as attributes")
{
    const QList<SourceDraft> drafts = readAll(ods(QStringLiteral("survey.ods")));
    REQUIRE(drafts.size() == 2);
    CHECK(drafts[0].format == QStringLiteral("ods"));
    CHECK(drafts[0].name == QStringLiteral("survey – What helped you most?"));
    CHECK(drafts[1].name == QStringLiteral("survey – Anything else"));
    REQUIRE(drafts[0].turns.size() == 2);
    CHECK(drafts[0].turns[0].speaker == QStringLiteral("Respondent 7"));
    CHECK(turnText(drafts[0], 0) == QStringLiteral("The peer  worker.\nShe called back."));
    CHECK(drafts[0].turns[1].speaker == QStringLiteral("Respondent 8"));
    CHECK(turnText(drafts[0], 1) == QStringLiteral("Nothing, honestly."));
    REQUIRE(drafts[1].turns.size() == 1);  // respondent 8 left it empty
    CHECK(drafts[0].speakerAttributes.value(QStringLiteral("Respondent 7")) ==
          QMap<QString, QString>{{QStringLiteral("Role"), QStringLiteral("nurse")}, {QStringLiteral("Age"), QStringLiteral("34")}});
    CHECK(drafts[0].speakerAttributes.value(QStringLiteral("Respondent 8")) ==
          QMap<QString, QString>{{QStringLiteral("Role"), QStringLiteral("carer")}});
    CHECK(drafts[0].warnings.join(QString()).contains(QStringLiteral("attributes: \"Role\", \"Age\"")));
}

TEST_CASE("a CSV survey, one source per respondent: questions as turns without speaker, answers as the respondent's")
{
    const QString path = writeFile(QStringLiteral("feedback.csv"),
                                   "Respondent,Site,Why did you stop coming?,What would bring you back?\n"
                                   "Kim,North,The bus takes an hour each way.,A clinic closer to home.\n"
                                   "Lee,South,,Evening sessions after work.\n");
    const QList<SourceDraft> drafts = readAll(path, QStringLiteral("per-respondent"));
    REQUIRE(drafts.size() == 2);
    CHECK(drafts[0].name == QStringLiteral("feedback – Kim"));
    REQUIRE(drafts[0].turns.size() == 4);
    CHECK(drafts[0].turns[0].speaker.isEmpty());
    CHECK(turnText(drafts[0], 0) == QStringLiteral("Why did you stop coming?"));
    CHECK(drafts[0].turns[1].speaker == QStringLiteral("Kim"));
    CHECK(turnText(drafts[0], 1) == QStringLiteral("The bus takes an hour each way."));
    REQUIRE(drafts[1].turns.size() == 2);
    CHECK(turnText(drafts[1], 1) == QStringLiteral("Evening sessions after work."));
    CHECK(drafts[1].speakerAttributes.value(QStringLiteral("Lee")).value(QStringLiteral("Site")) == QStringLiteral("South"));
}

TEST_CASE("a table that is neither a transcript nor answers is refused, naming the file")
{
    const QString path = writeFile(QStringLiteral("scores.csv"), "id,score,group\n1,4,a\n2,5,b\n");
    try {
        readAll(path);
        FAIL("no error");
    } catch (const thema::Error& e) {
        CHECK(e.message().contains(QStringLiteral("scores.csv")));
        CHECK(e.message().contains(QStringLiteral("open-ended")));
    }
}

TEST_CASE("thema-cli imports a survey per question with attributes, and per respondent")
{
    const QString project = QDir(test::tempDir()).filePath(QStringLiteral("survey.thema"));
    run({QStringLiteral("init"), project});
    const QString out = run({QStringLiteral("import"), project, ods(QStringLiteral("clinic survey.ods")), QStringLiteral("--json")});
    CHECK(out.contains(QStringLiteral("clinic survey – What helped you most?")));
    {
        const auto store = ProjectStore::open(project);
        CHECK(store->sources().size() == 2);
        const auto p7 = store->participantByName(QStringLiteral("Respondent 7"));
        REQUIRE(p7);
        CHECK(p7->attributes.value(QStringLiteral("Role")) == QStringLiteral("nurse"));
        CHECK(p7->attributes.value(QStringLiteral("Age")) == QStringLiteral("34"));
    }
    const QString csv = writeFile(QStringLiteral("exit.csv"),
                                  "Participant ID,Why did you leave?\nP01,The waiting list was too long for me.\n");
    run({QStringLiteral("import"), project, csv, QStringLiteral("--survey"), QStringLiteral("per-respondent")});
    {
        const auto store = ProjectStore::open(project);
        CHECK(store->sources().size() == 3);
    }
    run({QStringLiteral("import"), project, csv, QStringLiteral("--survey"), QStringLiteral("sideways")}, 2);
}
