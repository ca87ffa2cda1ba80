// Speaker labels in the styles transcription tools write, read through the importer a user's file goes through.
#include "importerregistry.h"
#include "shared.h"
#include "testfiles.h"
#include "text/offsets.h"
#include "zipwriter.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace thema;

namespace {

SourceDraft importText(const QString& fileName, const QByteArray& content)
{
    return ImporterRegistry::instance().readFile(test::writeTestFile(fileName, content), {});
}

QString turnText(const SourceDraft& d, int i)
{
    return TextOffsets::mid(d.text, d.turns[i].span.start, d.turns[i].span.end);
}

QStringList speakers(const SourceDraft& d)
{
    QStringList s;
    for (const DraftTurn& t : d.turns)
        s.append(t.speaker);
    return s;
}

}  // namespace

TEST_CASE("WebVTT voice tags behind a timestamp in plain text (Teams, podcast tools)")
{
    const SourceDraft d = importText(QStringLiteral("voice.txt"),
                                     "00:00:03 <v Michael Kennedy>Welcome to the show.</v>\n"
                                     "00:00:07 <v Trevor Manz>Thanks for having me.\n"
                                     "00:00:12 <v.loud Michael Kennedy>So, what is marimo?</v>\n");
    REQUIRE(d.turns.size() == 3);
    CHECK(speakers(d) == QStringList{QStringLiteral("Michael Kennedy"), QStringLiteral("Trevor Manz"),
                                     QStringLiteral("Michael Kennedy")});
    CHECK(turnText(d, 0) == QStringLiteral("Welcome to the show."));
    CHECK(turnText(d, 1) == QStringLiteral("Thanks for having me."));
    CHECK(turnText(d, 2) == QStringLiteral("So, what is marimo?"));
    CHECK(d.turns[0].beginMs == 3000);
    CHECK(d.turns[2].beginMs == 12000);
    CHECK(!d.text.contains(QLatin1Char('<')));
}

TEST_CASE("[hh:mm:ss] Name: labels")
{
    const SourceDraft d = importText(QStringLiteral("bracket.txt"),
                                     "[00:01:02] Interviewer: How long did you wait?\n"
                                     "[00:01:09] Anna Berg: Six months, give or take.\n"
                                     "[00:01:20] Interviewer: And then?\n");
    REQUIRE(d.turns.size() == 3);
    CHECK(speakers(d) == QStringList{QStringLiteral("Interviewer"), QStringLiteral("Anna Berg"), QStringLiteral("Interviewer")});
    CHECK(turnText(d, 1) == QStringLiteral("Six months, give or take."));
    CHECK(d.turns[0].beginMs == 62000);
    CHECK(d.turns[1].beginMs == 69000);
}

TEST_CASE("Name (hh:mm:ss): labels as Rev and Descript write them")
{
    const SourceDraft d = importText(QStringLiteral("rev.txt"),
                                     "Speaker 1 (00:00:05):\nSo tell me about the clinic.\n\n"
                                     "Jo Smith (01:02):\nIt was busy. Very busy.\n\n"
                                     "Speaker 1 (00:01:10): Right.\n");
    REQUIRE(d.turns.size() == 3);
    CHECK(speakers(d) == QStringList{QStringLiteral("Speaker 1"), QStringLiteral("Jo Smith"), QStringLiteral("Speaker 1")});
    CHECK(turnText(d, 0) == QStringLiteral("So tell me about the clinic."));
    CHECK(turnText(d, 1) == QStringLiteral("It was busy. Very busy."));
    CHECK(turnText(d, 2) == QStringLiteral("Right."));
    CHECK(d.turns[0].beginMs == 5000);
    CHECK(d.turns[1].beginMs == 62000);
    CHECK(d.turns[2].beginMs == 70000);
}

TEST_CASE("Otter's header lines: Name, two spaces, time; the paragraph below")
{
    const SourceDraft d = importText(QStringLiteral("otter.txt"),
                                     "Speaker 1  0:03\nHi, thanks for joining. Could you start with your role?\n\n"
                                     "Maria José Núñez  0:11\nSure. I coordinate the peer workers,\nmostly on nights.\n\n"
                                     "Speaker 1  1:02:03\nGreat.\n");
    REQUIRE(d.turns.size() == 3);
    CHECK(speakers(d) == QStringList{QStringLiteral("Speaker 1"), QStringLiteral("Maria José Núñez"), QStringLiteral("Speaker 1")});
    CHECK(turnText(d, 1) == QStringLiteral("Sure. I coordinate the peer workers,\nmostly on nights."));
    CHECK(d.turns[0].beginMs == 3000);
    CHECK(d.turns[1].beginMs == 11000);
    CHECK(d.turns[2].beginMs == 3723000);
    CHECK(!d.text.contains(QStringLiteral("0:11")));
}

TEST_CASE("speaker names alone on a line above their paragraph")
{
    const SourceDraft d = importText(QStringLiteral("names.txt"),
                                     "INTERVIEWER\nHow did the first appointment go?\n\n"
                                     "ANNA\nNot well. Note: I had been waiting since March.\nIt felt like nobody listened.\n\n"
                                     "INTERVIEWER\nWhat changed?\n\n"
                                     "ANNA\nThe peer worker.\n");
    REQUIRE(d.turns.size() == 4);
    CHECK(speakers(d) == QStringList{QStringLiteral("INTERVIEWER"), QStringLiteral("ANNA"), QStringLiteral("INTERVIEWER"),
                                     QStringLiteral("ANNA")});
    CHECK(turnText(d, 1) == QStringLiteral("Not well. Note: I had been waiting since March.\nIt felt like nobody listened."));
    CHECK(turnText(d, 3) == QStringLiteral("The peer worker."));
}

TEST_CASE("no speakers are invented: headings, one-off short lines, times in prose")
{
    SUBCASE("a report with headings")
    {
        const SourceDraft d = importText(QStringLiteral("report.txt"),
                                         "Introduction\nThis report covers the pilot.\n\n"
                                         "Method\nWe interviewed eleven clinicians.\n\n"
                                         "Findings\nWaiting times dominated.\nTea at 4:30\n");
        CHECK(d.turns.size() == 3);
        for (const DraftTurn& t : d.turns)
            CHECK(t.speaker.isEmpty());
        CHECK(d.text.contains(QStringLiteral("Introduction")));
        CHECK(d.text.contains(QStringLiteral("Tea at 4:30")));
    }
    SUBCASE("one recurring short line is no dialogue")
    {
        const SourceDraft d = importText(QStringLiteral("diary.txt"),
                                         "Monday\nRained all day.\n\nMonday\nStill raining.\n\nTuesday was better.\n");
        for (const DraftTurn& t : d.turns)
            CHECK(t.speaker.isEmpty());
        CHECK(d.text.startsWith(QStringLiteral("Monday\nRained all day.")));
    }
}

TEST_CASE("a podcast transcript of the corpus keeps its bold labels" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = ImporterRegistry::instance().readFile(
        test::sharedPath(QStringLiteral("corpus/txt/changelog_gotime-100_4speakers.md")), {});
    QStringList distinct;
    for (const DraftTurn& t : d.turns)
        if (!distinct.contains(t.speaker))
            distinct.append(t.speaker);
    CHECK(distinct.size() >= 4);
    CHECK(distinct.contains(QStringLiteral("Rob Pike")));
    CHECK(d.turns[0].speaker == QStringLiteral("Carmen Andoh"));
}

TEST_CASE("a Word transcript with speaker names above their paragraphs and Otter headers")
{
    auto docx = [](const QString& fileName, const QStringList& paragraphs) {
        QString body;
        for (const QString& p : paragraphs)
            body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(p);
        const QString path = QDir(test::tempDir()).filePath(fileName);
        ZipWriter zip(path);
        zip.add(QStringLiteral("[Content_Types].xml"),
                R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)");
        zip.add(QStringLiteral("word/document.xml"),
                (QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)") +
                 body + QStringLiteral("</w:body></w:document>")).toUtf8());
        zip.commit();
        return ImporterRegistry::instance().readFile(path, {});
    };
    const SourceDraft names = docx(QStringLiteral("names.docx"),
                                   {QStringLiteral("Interviewer"), QStringLiteral("Where do you work?"),
                                    QStringLiteral("Participant 4"), QStringLiteral("On the ward, nights mostly."),
                                    QStringLiteral("Interviewer"), QStringLiteral("Since when?"),
                                    QStringLiteral("Participant 4"), QStringLiteral("Two years.")});
    REQUIRE(names.turns.size() == 4);
    CHECK(speakers(names) == QStringList{QStringLiteral("Interviewer"), QStringLiteral("Participant 4"),
                                         QStringLiteral("Interviewer"), QStringLiteral("Participant 4")});
    CHECK(turnText(names, 1) == QStringLiteral("On the ward, nights mostly."));
    CHECK(turnText(names, 3) == QStringLiteral("Two years."));

    const SourceDraft otter = docx(QStringLiteral("otter.docx"),
                                   {QStringLiteral("Speaker 1  0:00"), QStringLiteral("Shall we start?"),
                                    QStringLiteral("Dana Okafor  0:04"), QStringLiteral("Yes, go ahead.")});
    REQUIRE(otter.turns.size() == 2);
    CHECK(otter.turns[1].speaker == QStringLiteral("Dana Okafor"));
    CHECK(otter.turns[1].beginMs == 4000);
    CHECK(turnText(otter, 1) == QStringLiteral("Yes, go ahead."));
}
