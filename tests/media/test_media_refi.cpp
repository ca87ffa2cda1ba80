// Recordings and their sync points travel through REFI-QDA (.qdpx) both ways, through the real thema-cli.
#include "clirun.h"
#include "shared.h"
#include "ziparchive.h"
#include "zipwriter.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using thema::test::runCli;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject mediaOf(const QString& project, const QString& source)
{
    return runCli({QStringLiteral("media"), QStringLiteral("show"), project, source, QStringLiteral("--json")}).array().at(0).toObject();
}

/**
 * A recording whose Transcript carries its own text (as NVivo and QualCoder write it: no TextSource for it), with
 * SyncPoints and a coded TranscriptSelection, and a coded time range of the video itself. The transcript keeps its
 * labels; its turns begin after them, at code points 13, 39 and 93 (UTF-16 unit 94: the emoji before it is two).
 */
QByteArray transcriptProject(const QString& path, const QString& basePath)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="AV" origin="NVivo 12" basePath="%2">
 <Users><User guid="11111111-1111-1111-1111-111111111111" name="Nora"/></Users>
 <CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Waiting" isCodable="true"/></Codes></CodeBook>
 <Sources>
  <VideoSource guid="33333333-3333-3333-3333-333333333333" name="Anna interview.mp4" path="%1">
   <Transcript guid="44444444-4444-4444-4444-444444444444" name="Anna interview">
    <PlainTextContent>Interviewer: How was the clinic?
Anna: I waited two hours. 🙂 Then a nurse came.
Interviewer: And then?
</PlainTextContent>
    <SyncPoint guid="55555555-5555-5555-5555-000000000001" timeStamp="0" position="13"/>
    <SyncPoint guid="55555555-5555-5555-5555-000000000002" timeStamp="3500" position="39"/>
    <SyncPoint guid="55555555-5555-5555-5555-000000000003" timeStamp="6000" position="58"/>
    <SyncPoint guid="55555555-5555-5555-5555-000000000004" timeStamp="9000" position="94"/>
    <TranscriptSelection guid="66666666-6666-6666-6666-666666666666" name="waiting" creatingUser="11111111-1111-1111-1111-111111111111"
        fromSyncPoint="55555555-5555-5555-5555-000000000002" toSyncPoint="55555555-5555-5555-5555-000000000003">
     <Coding guid="77777777-7777-7777-7777-777777777777" creatingUser="11111111-1111-1111-1111-111111111111">
      <CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/>
     </Coding>
    </TranscriptSelection>
   </Transcript>
   <VideoSelection guid="88888888-8888-8888-8888-888888888888" begin="0" end="1000">
    <Coding guid="99999999-9999-9999-9999-999999999999"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
   </VideoSelection>
  </VideoSource>
 </Sources>
</Project>
)").arg(path, basePath).toUtf8();
}

}  // namespace

TEST_CASE("media refi: an AudioSource with its Transcript's SyncPoints is exported valid and read back" * THEMA_NEEDS_SHARED)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("study.thema"));
    QFile t(dir.filePath(QStringLiteral("p1.txt")));
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("Interviewer: Tell me about the clinic.\nAnna: It was cold. 🙂 I waited two hours.\nInterviewer: And then?\n");
    t.close();
    QFile w(dir.filePath(QStringLiteral("p1.wav")));
    REQUIRE(w.open(QIODevice::WriteOnly));
    w.write("RIFF");
    w.close();
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("p1.txt"))}).code == 0);
    REQUIRE(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), project, QStringLiteral("p1"), QStringLiteral("2"), QStringLiteral("4.25")}).code == 0);
    REQUIRE(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), project, QStringLiteral("p1"), QStringLiteral("3"), QStringLiteral("9")}).code == 0);

    const QString qdpx = dir.filePath(QStringLiteral("study.qdpx"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("project"), project, qdpx}).code == 0);
    const thema::ZipArchive zip = thema::ZipArchive::fromPath(qdpx);
    const QString xml = QString::fromUtf8(zip.read(QStringLiteral("project.qde")));
    CHECK(xml.contains(QStringLiteral("<AudioSource ")));
    CHECK(xml.contains(QStringLiteral("path=\"absolute://") + dir.filePath(QStringLiteral("p1.wav")) + QLatin1Char('"')));
    // The stored text has no speaker labels: "Tell me about the clinic.\n\nIt was cold. 🙂 I waited two hours.\n\nAnd then?".
    // Turn 2 starts at 27; turn 3 at code point 63, after the emoji, which is two UTF-16 units: unit 64 (the default
    // export counts UTF-16 units).
    CHECK(xml.contains(QStringLiteral("timeStamp=\"4250\" position=\"27\"")));
    CHECK(xml.contains(QStringLiteral("timeStamp=\"9000\" position=\"64\"")));

    const QString lint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    REQUIRE_MESSAGE(!lint.isEmpty(), "xmllint (libxml2-utils) is missing: run .ci/deps.sh");
    QFile x(dir.filePath(QStringLiteral("project.qde")));
    REQUIRE(x.open(QIODevice::WriteOnly));
    x.write(xml.toUtf8());
    x.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lint, {QStringLiteral("--noout"), QStringLiteral("--schema"), thema::test::sharedPath(QStringLiteral("refi/xsd/Project.xsd")), x.fileName()});
    REQUIRE(p.waitForFinished(60000));
    CAPTURE(QString::fromUtf8(p.readAll()).toStdString());
    CHECK(p.exitCode() == 0);

    const QString back = dir.filePath(QStringLiteral("back.thema"));
    REQUIRE(runCli({QStringLiteral("init"), back}).code == 0);
    const auto imported = runCli({QStringLiteral("import"), back, qdpx});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("the audio recording of \"p1\"")));
    const QJsonObject media = runCli({QStringLiteral("media"), QStringLiteral("show"), back, QStringLiteral("--json")}).array().at(0).toObject();
    // back.thema lies in the recording's folder: the link is stored relative to it.
    CHECK(media[QStringLiteral("path")].toString() == QStringLiteral("p1.wav"));
    CHECK(media[QStringLiteral("absolute_path")].toString() == dir.filePath(QStringLiteral("p1.wav")));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("audio"));
    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), back, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 3);
    CHECK_FALSE(turns[0].toObject().contains(QStringLiteral("begin_ms")));
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 4250);
    CHECK(turns[2].toObject()[QStringLiteral("begin_ms")].toInteger() == 9000);
}

TEST_CASE("media refi: a recording's own Transcript becomes the transcript source, with its sync points and coded selections")
{
    QTemporaryDir dir;
    // The exchange file and its media folder as a colleague sends them; basePath names a folder not on this machine,
    // so relative:// counts from the exchange file's folder.
    const QString qde = dir.filePath(QStringLiteral("from nvivo/project.qde"));
    write(qde, transcriptProject(QStringLiteral("relative:///media/anna.mp4"), QStringLiteral("//PROJECT/Sources")));
    write(dir.filePath(QStringLiteral("from nvivo/media/anna.mp4")), "....");
    const QString project = dir.filePath(QStringLiteral("study/study.thema"));
    QDir().mkpath(dir.filePath(QStringLiteral("study")));
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    const auto imported = runCli({QStringLiteral("import"), project, qde});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("the video recording of \"Anna interview\"")));
    CHECK(imported.out.contains(QStringLiteral("1 time selection of the video \"Anna interview.mp4\" with 1 coding")));

    const QJsonArray sources = runCli({QStringLiteral("sources"), project, QStringLiteral("--json")}).array();
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("Anna interview"));
    const QJsonObject media = mediaOf(project, QStringLiteral("Anna interview"));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("video"));
    CHECK(media[QStringLiteral("path")].toString() == dir.filePath(QStringLiteral("from nvivo/media/anna.mp4")));
    CHECK(media[QStringLiteral("found")].toBool());

    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), project, QStringLiteral("Anna interview"),
                                     QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 3);
    CHECK(turns[0].toObject()[QStringLiteral("begin_ms")].toInteger() == 0);
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 3500);
    CHECK(turns[2].toObject()[QStringLiteral("begin_ms")].toInteger() == 9000);  // position 94 in UTF-16 units

    const QJsonArray codings = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}).array();
    REQUIRE(codings.size() == 1);
    CHECK(codings[0].toObject()[QStringLiteral("text")].toString() == QStringLiteral("I waited two hours."));
    CHECK(codings[0].toObject()[QStringLiteral("code")].toString() == QStringLiteral("Waiting"));
    CHECK(codings[0].toObject()[QStringLiteral("coder")].toString() == QStringLiteral("Nora"));
}

TEST_CASE("media refi: relative:// recordings count from basePath; a recording inside a .qdpx is unpacked beside the project")
{
    QTemporaryDir dir;
    // basePath is a folder on this machine: the recording is found there, not beside the exchange file.
    write(dir.filePath(QStringLiteral("recordings/anna.mp4")), "....");
    const QString qde = dir.filePath(QStringLiteral("exchange/project.qde"));
    write(qde, transcriptProject(QStringLiteral("relative://anna.mp4"), dir.filePath(QStringLiteral("recordings"))));
    const QString project = dir.filePath(QStringLiteral("study.thema"));
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), project, qde}).code == 0);
    // Below the project's folder, so stored relative to it.
    CHECK(mediaOf(project, QStringLiteral("Anna interview"))[QStringLiteral("path")].toString() == QStringLiteral("recordings/anna.mp4"));

    // The same project packed with its recording inside (internal://).
    const QString qdpx = dir.filePath(QStringLiteral("packed.qdpx"));
    thema::ZipWriter zip(qdpx);
    zip.add(QStringLiteral("project.qde"), transcriptProject(QStringLiteral("internal://anna.mp4"), QString()));
    zip.add(QStringLiteral("sources/anna.mp4"), "MP4 bytes");
    zip.commit();
    QTemporaryDir other;
    const QString second = other.filePath(QStringLiteral("second.thema"));
    REQUIRE(runCli({QStringLiteral("init"), second}).code == 0);
    const auto imported = runCli({QStringLiteral("import"), second, qdpx});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("unpacked to packed media/anna.mp4")));
    const QJsonObject media = mediaOf(second, QStringLiteral("Anna interview"));
    CHECK(media[QStringLiteral("path")].toString() == QStringLiteral("packed media/anna.mp4"));
    CHECK(media[QStringLiteral("found")].toBool());
    QFile unpacked(other.filePath(QStringLiteral("packed media/anna.mp4")));
    REQUIRE(unpacked.open(QIODevice::ReadOnly));
    CHECK(unpacked.readAll() == QByteArray("MP4 bytes"));
}

TEST_CASE("media refi: a VideoSource goes out valid and comes back as a video with its turn times" * THEMA_NEEDS_SHARED)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("study.thema"));
    write(dir.filePath(QStringLiteral("p2.txt")), "Interviewer: What did you see?\nBen: A long corridor and no one in it.\n");
    write(dir.filePath(QStringLiteral("video/p2.mkv")), "....");
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("p2.txt"))}).code == 0);
    REQUIRE(runCli({QStringLiteral("media"), QStringLiteral("link"), project, QStringLiteral("p2"), dir.filePath(QStringLiteral("video/p2.mkv"))}).code == 0);
    REQUIRE(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), project, QStringLiteral("p2"), QStringLiteral("1"), QStringLiteral("1.5")}).code == 0);
    REQUIRE(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), project, QStringLiteral("p2"), QStringLiteral("2"), QStringLiteral("0:07")}).code == 0);

    const QString qdpx = dir.filePath(QStringLiteral("study.qdpx"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("project"), project, qdpx}).code == 0);
    const QString xml = QString::fromUtf8(thema::ZipArchive::fromPath(qdpx).read(QStringLiteral("project.qde")));
    CHECK(xml.contains(QStringLiteral("<VideoSource ")));
    CHECK_FALSE(xml.contains(QStringLiteral("<AudioSource ")));
    CHECK(xml.contains(QStringLiteral("path=\"absolute://") + dir.filePath(QStringLiteral("video/p2.mkv")) + QLatin1Char('"')));
    CHECK(xml.contains(QStringLiteral("timeStamp=\"1500\" position=\"0\"")));
    // The stored text is "What did you see?\n\nA long corridor and no one in it.": the second turn begins at 19.
    CHECK(xml.contains(QStringLiteral("timeStamp=\"7000\" position=\"19\"")));
    write(dir.filePath(QStringLiteral("project.qde")), xml.toUtf8());
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(QStandardPaths::findExecutable(QStringLiteral("xmllint")),
               {QStringLiteral("--noout"), QStringLiteral("--schema"), thema::test::sharedPath(QStringLiteral("refi/xsd/Project.xsd")),
                dir.filePath(QStringLiteral("project.qde"))});
    REQUIRE(lint.waitForFinished(60000));
    CAPTURE(QString::fromUtf8(lint.readAll()).toStdString());
    CHECK(lint.exitCode() == 0);

    QTemporaryDir other;
    const QString back = other.filePath(QStringLiteral("back.thema"));
    REQUIRE(runCli({QStringLiteral("init"), back}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), back, qdpx}).code == 0);
    const QJsonObject media = mediaOf(back, QStringLiteral("p2"));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("video"));
    CHECK(media[QStringLiteral("path")].toString() == dir.filePath(QStringLiteral("video/p2.mkv")));
    CHECK(media[QStringLiteral("timed_turns")].toInt() == 2);
    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), back, QStringLiteral("p2"), QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 2);
    CHECK(turns[0].toObject()[QStringLiteral("begin_ms")].toInteger() == 1500);
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 7000);
}
