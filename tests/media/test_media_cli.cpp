// thema-cli media link/unlink/show/align and turns set-time, through the real binary.
#include "clirun.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using thema::test::runCli;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kTranscript =
    "Interviewer: Tell me about the first time you came to the clinic.\n"
    "Anna: It was a cold morning in March and I waited for two hours before anyone spoke to me.\n"
    "Interviewer: How did that feel?\n"
    "Anna: Honestly it felt like nobody cared whether I was there or not.\n"
    "Interviewer: Thank you.\n";

// The same interview as subtitles, cut differently and worded a little differently, as a transcription tool gives it.
const QByteArray kSubtitles =
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:03.000\n<v Interviewer>Tell me about the first time\n\n"
    "00:00:03.000 --> 00:00:04.500\n<v Interviewer>you came to the clinic.\n\n"
    "00:00:05.000 --> 00:00:07.000\n<v Anna>It was a cold morning in March\n\n"
    "00:00:07.000 --> 00:00:09.000\n<v Anna>and I waited two hours before anyone spoke to me.\n\n"
    "00:00:12.000 --> 00:00:13.000\n<v Interviewer>How did that feel?\n\n"
    "00:01:14.200 --> 00:01:16.000\n<v Anna>Honestly, it felt like nobody cared.\n";

struct Project {
    QTemporaryDir dir;
    QString path;
    Project()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("study.thema"));
        write(dir.filePath(QStringLiteral("p1.txt")), kTranscript);
        REQUIRE(runCli({QStringLiteral("init"), path}).code == 0);
    }
    QString file(const QString& name) const { return dir.filePath(name); }
};

}  // namespace

TEST_CASE("media cli: a recording beside the transcript with its name is linked on import, relative to the project")
{
    Project p;
    write(p.file(QStringLiteral("p1.wav")), "RIFF");
    const auto imported = runCli({QStringLiteral("import"), p.path, p.file(QStringLiteral("p1.txt"))});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("recording: p1.wav")));
    const auto shown = runCli({QStringLiteral("media"), QStringLiteral("show"), p.path, QStringLiteral("p1"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const QJsonObject media = shown.array().at(0).toObject();
    CHECK(media[QStringLiteral("path")].toString() == QStringLiteral("p1.wav"));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("audio"));
    CHECK(media[QStringLiteral("found")].toBool());
    CHECK(media[QStringLiteral("turns")].toInt() == 5);
    CHECK(media[QStringLiteral("timed_turns")].toInt() == 0);
}

TEST_CASE("media cli: link, unlink and the errors that name the file")
{
    Project p;
    REQUIRE(runCli({QStringLiteral("import"), p.path, p.file(QStringLiteral("p1.txt"))}).code == 0);
    CHECK(runCli({QStringLiteral("media"), QStringLiteral("show"), p.path, QStringLiteral("--json")}).array().isEmpty());

    const auto missing = runCli({QStringLiteral("media"), QStringLiteral("link"), p.path, QStringLiteral("p1"), p.file(QStringLiteral("none.mp3"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(p.file(QStringLiteral("none.mp3"))));
    const auto notMedia = runCli({QStringLiteral("media"), QStringLiteral("link"), p.path, QStringLiteral("p1"), p.file(QStringLiteral("p1.txt"))});
    CHECK(notMedia.code == 1);
    CHECK(notMedia.err.contains(QStringLiteral("not an audio or video file")));

    QDir(p.dir.path()).mkpath(QStringLiteral("audio"));
    write(p.file(QStringLiteral("audio/interview one.MP4")), "....");
    const auto linked = runCli({QStringLiteral("media"), QStringLiteral("link"), p.path, QStringLiteral("p1"),
                                p.file(QStringLiteral("audio/interview one.MP4"))});
    CHECK(linked.code == 0);
    const QJsonObject media = runCli({QStringLiteral("media"), QStringLiteral("show"), p.path, QStringLiteral("--json")}).array().at(0).toObject();
    CHECK(media[QStringLiteral("path")].toString() == QStringLiteral("audio/interview one.MP4"));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("video"));

    // Outside the project's folder the path is kept absolute.
    QTemporaryDir elsewhere;
    write(elsewhere.filePath(QStringLiteral("x.ogg")), "OggS");
    REQUIRE(runCli({QStringLiteral("media"), QStringLiteral("link"), p.path, QStringLiteral("p1"), elsewhere.filePath(QStringLiteral("x.ogg"))}).code == 0);
    CHECK(runCli({QStringLiteral("media"), QStringLiteral("show"), p.path, QStringLiteral("--json")}).array().at(0).toObject()
              [QStringLiteral("path")].toString() == elsewhere.filePath(QStringLiteral("x.ogg")));

    // A file that went away is reported as missing, not hidden.
    QFile::remove(elsewhere.filePath(QStringLiteral("x.ogg")));
    const QString shown = runCli({QStringLiteral("media"), QStringLiteral("show"), p.path}).out;
    CHECK(shown.contains(QStringLiteral("MISSING")));
    // ... and the file it looked for is named in full.
    CHECK(shown.contains(QStringLiteral("p1: the recording %1 is missing").arg(elsewhere.filePath(QStringLiteral("x.ogg")))));

    CHECK(runCli({QStringLiteral("media"), QStringLiteral("unlink"), p.path, QStringLiteral("p1")}).code == 0);
    CHECK(runCli({QStringLiteral("media"), QStringLiteral("show"), p.path, QStringLiteral("--json")}).array().isEmpty());
    const auto again = runCli({QStringLiteral("media"), QStringLiteral("unlink"), p.path, QStringLiteral("p1")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("p1 has no recording")));
}

TEST_CASE("media cli: align an untimed transcript to the subtitles of the same interview")
{
    Project p;
    write(p.file(QStringLiteral("p1 captions.vtt")), kSubtitles);
    REQUIRE(runCli({QStringLiteral("import"), p.path, p.file(QStringLiteral("p1.txt"))}).code == 0);
    const auto aligned = runCli({QStringLiteral("media"), QStringLiteral("align"), p.path, QStringLiteral("p1"), p.file(QStringLiteral("p1 captions.vtt"))});
    REQUIRE(aligned.code == 0);
    // "Thank you." is not in the subtitles: 4 of 5 turns.
    CHECK(aligned.out == QStringLiteral("p1: 4 of 5 turns got times from p1 captions.vtt\n"));
    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), p.path, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 5);
    CHECK(turns[0].toObject()[QStringLiteral("begin_ms")].toInteger() == 1000);
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 5000);
    CHECK(turns[2].toObject()[QStringLiteral("begin_ms")].toInteger() == 12000);
    CHECK(turns[3].toObject()[QStringLiteral("begin_ms")].toInteger() == 74200);
    CHECK_FALSE(turns[4].toObject().contains(QStringLiteral("begin_ms")));

    const auto notSubtitles = runCli({QStringLiteral("media"), QStringLiteral("align"), p.path, QStringLiteral("p1"), p.file(QStringLiteral("p1.txt"))});
    CHECK(notSubtitles.code == 1);
    CHECK(notSubtitles.err.contains(p.file(QStringLiteral("p1.txt"))));
}

TEST_CASE("media cli: turns set-time sets and clears a turn's time by hand")
{
    Project p;
    REQUIRE(runCli({QStringLiteral("import"), p.path, p.file(QStringLiteral("p1.txt"))}).code == 0);
    const auto set = runCli({QStringLiteral("turns"), QStringLiteral("set-time"), p.path, QStringLiteral("p1"), QStringLiteral("2"), QStringLiteral("1:02:03.5")});
    CHECK(set.code == 0);
    CHECK(set.out == QStringLiteral("p1, turn 2: 1:02:03.500\n"));
    CHECK(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), p.path, QStringLiteral("p1"), QStringLiteral("3"), QStringLiteral("75")}).code == 0);
    QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), p.path, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 3723500);
    CHECK(turns[2].toObject()[QStringLiteral("begin_ms")].toInteger() == 75000);
    CHECK(runCli({QStringLiteral("turns"), QStringLiteral("set-time"), p.path, QStringLiteral("p1"), QStringLiteral("2"), QStringLiteral("none")}).code == 0);
    turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), p.path, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    CHECK_FALSE(turns[1].toObject().contains(QStringLiteral("begin_ms")));

    const auto noTurn = runCli({QStringLiteral("turns"), QStringLiteral("set-time"), p.path, QStringLiteral("p1"), QStringLiteral("6"), QStringLiteral("1")});
    CHECK(noTurn.code == 1);
    CHECK(noTurn.err.contains(QStringLiteral("no turn 6 (the source has 5 turns")));
    const auto badTime = runCli({QStringLiteral("turns"), QStringLiteral("set-time"), p.path, QStringLiteral("p1"), QStringLiteral("1"), QStringLiteral("1:75")});
    CHECK(badTime.code == 1);
    CHECK(badTime.err.contains(QStringLiteral("1:75: not a time")));
}

TEST_CASE("media cli: an untimed transcript takes its times on import from the subtitles of the same name beside it")
{
    Project p;
    write(p.file(QStringLiteral("p1.vtt")), kSubtitles);
    const auto imported = runCli({QStringLiteral("import"), p.path, p.file(QStringLiteral("p1.txt"))});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("  times: 4 of 5 turns from p1.vtt\n")));
    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), p.path, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 5);
    CHECK(turns[0].toObject()[QStringLiteral("begin_ms")].toInteger() == 1000);
    CHECK(turns[3].toObject()[QStringLiteral("begin_ms")].toInteger() == 74200);

    // Damaged subtitles beside it cost the times, never the import; the warning names the file.
    Project q;
    write(q.file(QStringLiteral("p1.srt")), "not subtitles at all\n");
    const auto warned = runCli({QStringLiteral("import"), q.path, q.file(QStringLiteral("p1.txt"))});
    CHECK(warned.code == 0);
    CHECK(warned.out.contains(QStringLiteral("warning: no times from the subtitles beside it: ") + q.file(QStringLiteral("p1.srt"))));
}
