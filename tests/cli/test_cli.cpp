// Drives the real thema-cli binary as a user would: exit codes, messages, JSON shapes.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using thema::test::CliRun;
using thema::test::runCli;

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir + QLatin1Char('/') + name);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

}  // namespace

TEST_CASE("usage errors exit 2, and every command has --help")
{
    CHECK(runCli({}).code == 2);
    CHECK(runCli({QStringLiteral("no-such-command")}).code == 2);
    CHECK(runCli({QStringLiteral("sources")}).code == 2);
    for (const char* c : {"init", "import", "sources", "show", "participants", "coders", "codes", "code", "uncode", "codings",
                          "themes", "memo", "demo"}) {
        const CliRun r = runCli({QLatin1String(c), QStringLiteral("--help")});
        CAPTURE(c);
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Usage")));
    }
}

TEST_CASE("a coding applied by code points on text with emoji returns exactly that text")
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/p.thema");
    // "e" + U+0301 is two code points; the family emoji is five (three people joined by two ZWJ).
    const QString text = QStringLiteral("Interviewer: How was it? 🙂\n\nP1: It was e\u0301norme 👨‍👩‍👧 really, 日本語.\n");
    const QString file = writeFile(dir, QStringLiteral("emoji.txt"), text.toUtf8());
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    REQUIRE(runCli({QStringLiteral("import"), project, file}).code == 0);
    // Text of the P1 turn: "It was énorme 👨‍👩‍👧 really, 日本語." starting after "How was it? 🙂" + "\n\n".
    const CliRun show = runCli({QStringLiteral("show"), project, QStringLiteral("emoji"), QStringLiteral("--turns"), QStringLiteral("--json")});
    const QJsonObject turn = show.array().at(1).toObject();
    const int start = turn.value(QStringLiteral("start")).toInt();
    const QString wanted = QStringLiteral("e\u0301norme 👨‍👩‍👧");
    const int from = start + 7, to = from + 7 + 1 + 5;  // "e" U+0301 "norme" = 7 code points, space, 5-code-point emoji
    const CliRun coded = runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("emoji"), QStringLiteral("--code"),
                           QStringLiteral("Feelings/Big"), QStringLiteral("--coder"), QStringLiteral("Alex"), QStringLiteral("--start"),
                           QString::number(from), QStringLiteral("--end"), QString::number(to)});
    CHECK(coded.code == 0);
    const QJsonArray codings = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}).array();
    REQUIRE(codings.size() == 1);
    const QJsonObject c = codings.at(0).toObject();
    CHECK(c.value(QStringLiteral("text")).toString() == wanted);
    CHECK(c.value(QStringLiteral("code")).toString() == QLatin1String("Feelings/Big"));
    CHECK(c.value(QStringLiteral("coder")).toString() == QLatin1String("Alex"));
    CHECK(c.value(QStringLiteral("source")).toString() == QLatin1String("emoji"));
    CHECK(c.value(QStringLiteral("start")).toInt() == from);
    CHECK(c.value(QStringLiteral("end")).toInt() == to);

    // The same by --match, for the second coder.
    CHECK(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("emoji"), QStringLiteral("--code"),
               QStringLiteral("Feelings/Big"), QStringLiteral("--coder"), QStringLiteral("Sam"), QStringLiteral("--match"), wanted})
              .code == 0);
    const QJsonArray both = runCli({QStringLiteral("codings"), project, QStringLiteral("--coder"), QStringLiteral("Sam"), QStringLiteral("--json")}).array();
    REQUIRE(both.size() == 1);
    CHECK(both.at(0).toObject().value(QStringLiteral("start")).toInt() == from);

    // Empty and out-of-range spans are refused with exit 1.
    CHECK(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("emoji"), QStringLiteral("--code"),
               QStringLiteral("X"), QStringLiteral("--coder"), QStringLiteral("Alex"), QStringLiteral("--start"), QStringLiteral("3"),
               QStringLiteral("--end"), QStringLiteral("3")}).code == 1);
    CHECK(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("emoji"), QStringLiteral("--code"),
               QStringLiteral("X"), QStringLiteral("--coder"), QStringLiteral("Alex"), QStringLiteral("--start"), QStringLiteral("3"),
               QStringLiteral("--end"), QStringLiteral("99999")}).code == 1);
    CHECK(runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}).array().size() == 2);
}

TEST_CASE("bad files fail with exit 1 and a message naming the file, and change nothing")
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/p.thema");
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    const QString good = writeFile(dir, QStringLiteral("good.txt"), QByteArray("A: one\nB: two\nA: three\n"));
    REQUIRE(runCli({QStringLiteral("import"), project, good}).code == 0);
    REQUIRE(runCli({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("good"), QStringLiteral("--code"),
                 QStringLiteral("C"), QStringLiteral("--coder"), QStringLiteral("Alex"), QStringLiteral("--match"), QStringLiteral("two")})
                .code == 0);
    const QString before = runCli({QStringLiteral("sources"), project, QStringLiteral("--json")}).out;
    const QString codingsBefore = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}).out;

    QByteArray binary("\x7f" "ELF\x02\x01\x01", 7);
    for (int i = 0; i < 400; ++i)
        binary.append(char(i * 37 % 256));
    // Bytes that are invalid UTF-8 and no legacy text either: NULs and C0 controls throughout.
    QByteArray invalid;
    for (int i = 0; i < 300; ++i)
        invalid.append(char((i % 2) ? 0xC3 : (i % 7)));
    const QStringList bad = {writeFile(dir, QStringLiteral("empty.txt"), {}), writeFile(dir, QStringLiteral("binary.txt"), binary),
                             writeFile(dir, QStringLiteral("invalid.txt"), invalid)};
    const QString other = writeFile(dir, QStringLiteral("other.txt"), QByteArray("A: four\nB: five\n"));
    for (const QString& f : bad) {
        CAPTURE(f.toStdString());
        const CliRun r = runCli({QStringLiteral("import"), project, other, f});  // all or nothing: "other" is not kept either
        CHECK(r.code == 1);
        CHECK(r.err.contains(f));
    }
    CHECK(runCli({QStringLiteral("sources"), project, QStringLiteral("--json")}).out == before);
    CHECK(runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}).out == codingsBefore);
}

TEST_CASE("every plain-text corpus file imports, and sources --json has the agreed shape" * THEMA_NEEDS_SHARED)
{
    const QString project = thema::test::tempDir() + QStringLiteral("/corpus.thema");
    REQUIRE(runCli({QStringLiteral("init"), project}).code == 0);
    QStringList args{QStringLiteral("import"), project};
    for (const char* f : {"corpus/txt/qualcoder_transcript_bracket-ids.txt", "corpus/txt/changelog_gotime-100_4speakers.md",
                          "corpus/txt/talkpython_001_timestamps-no-speakers.txt",
                          "corpus/txt/DERIVED_parlamint-fi_2015-05-22-ps7_excerpt_fi.txt",
                          "corpus/encodings/DERIVED_unix-oral-history_thompson_cp1252_crlf.txt"})
        args.append(thema::test::sharedPath(QLatin1String(f)));
    const CliRun r = runCli(args);
    CHECK(r.code == 0);
    const QJsonArray sources = runCli({QStringLiteral("sources"), project, QStringLiteral("--json")}).array();
    REQUIRE(sources.size() == 5);
    for (const QJsonValue& v : sources) {
        const QJsonObject s = v.toObject();
        for (const char* key : {"id", "guid", "name", "format", "language", "characters", "turns", "speakers"})
            CHECK(s.contains(QLatin1String(key)));
        CHECK(s.value(QStringLiteral("speakers")).isArray());
        if (s.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("talkpython")))
            CHECK(s.value(QStringLiteral("speakers")).toArray().isEmpty());
    }
}
