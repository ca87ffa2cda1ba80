#include "shared.h"
#include "support.h"

#include "importerregistry.h"
#include "model/error.h"
#include "webvttimporter.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace thema;
using thema::test::errorOf;
using thema::test::importShared;
using thema::test::turnTexts;

namespace {

SourceDraft readVtt(const QByteArray& content, const ImportOptions& options = {})
{
    return WebVttImporter().read(content, QStringLiteral("inline.vtt"), options);
}

// Every turn lies inside the text, in order, without overlap, and has times.
void checkLayout(const SourceDraft& d)
{
    const qint64 length = d.text.toUcs4().size();
    qint64 previousEnd = 0;
    for (const DraftTurn& t : d.turns) {
        CHECK(t.span.start >= previousEnd);
        CHECK(t.span.end > t.span.start);
        CHECK(t.span.end <= length);
        CHECK(t.beginMs.has_value());
        CHECK(t.endMs.has_value());
        previousEnd = t.span.end;
    }
}

// The caption lines of a WebVTT file as written (the lines after each timing line, up to a blank line).
QStringList captionLines(const QString& path)
{
    const QString text = QString::fromUtf8(test::readBytes(path));
    QStringList out;
    bool inCue = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("-->")))
            inCue = true;
        else if (line.trimmed().isEmpty())
            inCue = false;
        else if (inCue)
            out.append(line.trimmed());
    }
    return out;
}

}  // namespace

TEST_CASE("every WebVTT file of the corpus imports" * THEMA_NEEDS_SHARED)
{
    const QDir dir(test::sharedPath(QStringLiteral("corpus/vtt")));
    const QStringList files = dir.entryList({QStringLiteral("*.vtt")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString& f : files) {
        CAPTURE(f.toStdString());
        const SourceDraft d = ImporterRegistry::instance().readFile(dir.filePath(f), {});
        CHECK(d.format == QLatin1String("vtt"));
        CHECK_FALSE(d.text.isEmpty());
        CHECK_FALSE(d.turns.isEmpty());
        CHECK_FALSE(d.text.contains(QLatin1String("-->")));
        CHECK_FALSE(d.text.contains(QChar(0xFEFF)));
        checkLayout(d);
    }
}

TEST_CASE("voice tags become speakers; consecutive cues of one speaker are one turn" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importShared(QStringLiteral("corpus/vtt/talkpython_555_voice-tags.vtt"));
    QStringList speakers;
    for (const DraftTurn& t : d.turns)
        if (!speakers.contains(t.speaker))
            speakers.append(t.speaker);
    CHECK(speakers == QStringList{QStringLiteral("Michael Kennedy"), QStringLiteral("Trevor Manz")});
    for (qsizetype i = 1; i < d.turns.size(); ++i)
        CHECK(d.turns[i].speaker != d.turns[i - 1].speaker);
    CHECK_FALSE(d.text.contains(QLatin1String("<v")));
    CHECK_FALSE(d.text.contains(QLatin1String("</v>")));
    const auto turns = turnTexts(d);
    CHECK(turns.first().text.startsWith(QLatin1String(
        "Coding agents have gotten really good at one kind of work. You scope a feature, edit some files, run the test, ship it.")));
    CHECK(d.turns.first().beginMs == 20);
    MESSAGE("talkpython_555: " << d.turns.size() << " turns");
}

TEST_CASE("captions without voice tags get paragraph turns and no invented speakers" * THEMA_NEEDS_SHARED)
{
    const QString path = QStringLiteral("corpus/vtt/talkpython_001_no-speakers.vtt");
    const SourceDraft d = importShared(path);
    const qsizetype cues = QString::fromUtf8(test::readBytes(test::sharedPath(path))).count(QLatin1String("-->"));
    for (const DraftTurn& t : d.turns)
        CHECK(t.speaker.isEmpty());
    CHECK(d.turns.size() >= cues / 20);
    CHECK(d.turns.size() < cues / 2);
    CHECK(d.turns.first().beginMs == 1);
    CHECK(d.text.contains(QLatin1String(
        "Hello and welcome to Talk Python To Me, a weekly podcast on Python, the language, the libraries, the ecosystem, and the personalities.")));
    MESSAGE("talkpython_001: " << cues << " cues -> " << d.turns.size() << " turns");
}

TEST_CASE("Arabic and Japanese captions keep their text exactly" * THEMA_NEEDS_SHARED)
{
    for (const char* name : {"corpus/vtt/elephantsdream_captions_ar.vtt", "corpus/vtt/elephantsdream_captions_ja.vtt"}) {
        const QString relative = QString::fromLatin1(name);
        CAPTURE(name);
        const SourceDraft d = importShared(relative);
        const QStringList lines = captionLines(test::sharedPath(relative));
        REQUIRE(lines.size() > 20);
        qsizetype from = 0;
        for (const QString& line : lines) {
            const qsizetype at = d.text.indexOf(line, from);
            CHECK_MESSAGE(at >= 0, line.toStdString());
            if (at >= 0)
                from = at + line.size();
        }
    }
    const SourceDraft ja = importShared(QStringLiteral("corpus/vtt/elephantsdream_captions_ja.vtt"));
    CHECK(ja.text.contains(QStringLiteral("すべて安全完璧に安全だ")));  // no space inserted between CJK lines
    CHECK(ja.text.startsWith(QStringLiteral("左に見えるのは…右に見えるのは……首刈り機")));  // nor around an ellipsis
}

TEST_CASE("header, BOM, NOTE, STYLE, identifiers and YouTube markup are not text" * THEMA_NEEDS_SHARED)
{
    CHECK(importShared(QStringLiteral("corpus/vtt/webvtt-py_captions_with_bom.vtt")).text.startsWith(QLatin1String("Caption text #1")));
    const SourceDraft comments = importShared(QStringLiteral("corpus/vtt/webvtt-py_comments.vtt"));
    CHECK_FALSE(comments.text.contains(QLatin1String("NOTE")));
    CHECK_FALSE(comments.text.contains(QLatin1String("Kyle")));
    CHECK(comments.text.contains(QStringLiteral("- Ta en kopp varmt te.\n- Det är inte varmt.")));
    const SourceDraft styles = importShared(QStringLiteral("corpus/vtt/webvtt-py_styles.vtt"));
    CHECK(styles.text == QLatin1String("- Hello world."));
    const SourceDraft headers = importShared(QStringLiteral("corpus/vtt/webvtt-py_metadata_headers_multiline.vtt"));
    CHECK(headers.text == QLatin1String("Caption text #1 Caption text #2"));
    const SourceDraft ids = importShared(QStringLiteral("corpus/vtt/webvtt-py_using_identifiers.vtt"));
    CHECK_FALSE(ids.text.contains(QLatin1String("second caption")));
    CHECK(ids.text.contains(QLatin1String("Caption text #6")));
    const SourceDraft yt = importShared(QStringLiteral("corpus/vtt/webvtt-py_youtube_dl.vtt"));
    CHECK(yt.text == QLatin1String("yeah yeah what this will happen is I'm telling this will happen is I'm telling"));
    CHECK(yt.turns.first().beginMs == 286070);
}

TEST_CASE("broken WebVTT files are refused with the file and the problem" * THEMA_NEEDS_SHARED)
{
    const QString empty = errorOf(QStringLiteral("corpus/broken/webvtt-py_empty.vtt"));
    CHECK(empty.contains(QLatin1String("webvtt-py_empty.vtt")));
    CHECK(empty.contains(QLatin1String("empty")));
    const QString invalid = errorOf(QStringLiteral("corpus/broken/webvtt-py_invalid.vtt"));
    CHECK(invalid.contains(QLatin1String("webvtt-py_invalid.vtt")));
    CHECK(invalid.contains(QLatin1String("not a WebVTT file")));
    const QString timing = errorOf(QStringLiteral("corpus/broken/webvtt-py_invalid_timeframe.vtt"));
    CHECK(timing.contains(QLatin1String("webvtt-py_invalid_timeframe.vtt: line 6:")));
    CHECK(timing.contains(QLatin1String("00:00:1d.890")));
    const QString none = errorOf(QStringLiteral("corpus/broken/webvtt-py_no_captions.vtt"));
    CHECK(none.contains(QLatin1String("webvtt-py_no_captions.vtt")));
    CHECK(none.contains(QLatin1String("contains no captions")));
    // Empty input through the importer itself, not only through the registry's check.
    CHECK_THROWS_AS(WebVttImporter().read(QByteArray(), QStringLiteral("x.vtt"), {}), Error);
}

TEST_CASE("voice tags: closed or not, with classes, several in one cue; untagged cues continue")
{
    const SourceDraft d = readVtt("WEBVTT\n\n"
                                  "00:01.000 --> 00:02.000\n<v.loud Alice Smith>Hello &amp; welcome</v>\n\n"
                                  "00:02.000 --> 00:03.000\nstill Alice\n\n"
                                  "00:03.000 --> 00:04.000\n<v Bob>Hi <i>there</i>\n\n"
                                  "00:04.000 --> 00:05.000\n<v Bob>more &lt;Bob&gt;&nbsp;!\n\n"
                                  "00:05.000 --> 00:06.000\n<v Alice Smith>one</v> <v Bob>two</v>\n");
    const auto turns = turnTexts(d);
    REQUIRE(turns.size() == 4);
    CHECK(turns[0].speaker == QLatin1String("Alice Smith"));
    CHECK(turns[0].text == QLatin1String("Hello & welcome still Alice"));
    CHECK(d.turns[0].beginMs == 1000);
    CHECK(d.turns[0].endMs == 3000);
    CHECK(turns[1].speaker == QLatin1String("Bob"));
    CHECK(turns[1].text == QStringLiteral("Hi there more <Bob>\u00A0!"));
    CHECK(turns[2].speaker == QLatin1String("Alice Smith"));
    CHECK(turns[2].text == QLatin1String("one"));
    CHECK(turns[3].text == QLatin1String("two"));
}

TEST_CASE("speaker labels in cue text (Zoom style) are speakers when no voice tags exist")
{
    const SourceDraft d = readVtt("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnna Berg: How did it start?\n\n"
                                  "2\n00:00:02.000 --> 00:00:04.000\nP3: It started at work.\n\n"
                                  "3\n00:00:04.000 --> 00:00:05.000\nIt was 10:30 then.\n\n"
                                  "4\n00:00:05.000 --> 00:00:06.000\nAnna Berg: And then?\n");
    const auto turns = turnTexts(d);
    REQUIRE(turns.size() == 3);
    CHECK(turns[0].speaker == QLatin1String("Anna Berg"));
    CHECK(turns[1].speaker == QLatin1String("P3"));
    CHECK(turns[1].text == QLatin1String("It started at work. It was 10:30 then."));
    CHECK(turns[2].speaker == QLatin1String("Anna Berg"));
}

TEST_CASE("paragraph turns without speakers break at pauses of 2 s")
{
    const SourceDraft d = readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\none\n\n00:02.500 --> 00:03.000\ntwo\n\n"
                                  "00:05.000 --> 00:06.000\nthree\n");
    const auto turns = turnTexts(d);
    REQUIRE(turns.size() == 2);
    CHECK(turns[0].text == QLatin1String("one two"));
    CHECK(turns[0].speaker.isEmpty());
    CHECK(d.turns[1].beginMs == 5000);
}

TEST_CASE("NUL becomes U+FFFD; a bad timing line names its line; empty cues are skipped with a warning")
{
    static const char withNul[] = "WEBVTT\n\n00:01.000 --> 00:02.000\na\0b\n\n00:02.000 --> 00:03.000\n<i></i>\n";
    const SourceDraft d = readVtt(QByteArray(withNul, sizeof(withNul) - 1));
    CHECK(d.text == QStringLiteral("a\uFFFDb"));
    CHECK(d.warnings.join(QLatin1Char('\n')).contains(QLatin1String("NUL")));
    CHECK(d.warnings.join(QLatin1Char('\n')).contains(QLatin1String("skipped 1 cues without text")));
    try {
        readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\nok\n\nid\n00:02,000 --> 00:03.000\nlost\n");
        FAIL("a bad timing line must fail the import");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(QLatin1String("inline.vtt: line 7: cannot read the cue timing \"00:02,000 --> 00:03.000\"")));
    }
    CHECK_THROWS_WITH_AS(readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<b></b>\n"), doctest::Contains("contain no text"), Error);
}
