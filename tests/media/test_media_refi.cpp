// Recordings and their sync points travel through REFI-QDA (.qdpx) both ways, through the real thema-cli.
#include "clirun.h"
#include "shared.h"
#include "ziparchive.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using thema::test::runCli;

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
    CHECK(media[QStringLiteral("path")].toString() == dir.filePath(QStringLiteral("p1.wav")));
    CHECK(media[QStringLiteral("kind")].toString() == QStringLiteral("audio"));
    const QJsonArray turns = runCli({QStringLiteral("turns"), QStringLiteral("list"), back, QStringLiteral("p1"), QStringLiteral("--json")}).array();
    REQUIRE(turns.size() == 3);
    CHECK_FALSE(turns[0].toObject().contains(QStringLiteral("begin_ms")));
    CHECK(turns[1].toObject()[QStringLiteral("begin_ms")].toInteger() == 4250);
    CHECK(turns[2].toObject()[QStringLiteral("begin_ms")].toInteger() == 9000);
}
