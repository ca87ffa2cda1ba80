#include "shared.h"
#include "support.h"

#include "cuetext.h"
#include "importerregistry.h"
#include "model/error.h"
#include "subripimporter.h"

#include <doctest/doctest.h>

#include <QDir>

using namespace thema;
using thema::test::errorOf;
using thema::test::importShared;
using thema::test::turnTexts;

namespace {

SourceDraft readSrt(const QByteArray& content, const ImportOptions& options = {})
{
    return SubRipImporter().read(content, QStringLiteral("inline.srt"), options);
}

}  // namespace

TEST_CASE("every SubRip file of the corpus imports, in any encoding" * THEMA_NEEDS_SHARED)
{
    QStringList files;
    for (const char* folder : {"corpus/srt", "corpus/encodings"}) {
        const QDir dir(test::sharedPath(QString::fromLatin1(folder)));
        for (const QString& f : dir.entryList({QStringLiteral("*.srt")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(f));
    }
    REQUIRE(files.size() >= 3);
    for (const QString& f : files) {
        CAPTURE(f.toStdString());
        const SourceDraft d = ImporterRegistry::instance().readFile(f, {});
        CHECK(d.format == QLatin1String("srt"));
        CHECK_FALSE(d.turns.isEmpty());
        CHECK_FALSE(d.text.contains(QLatin1String("-->")));
        CHECK_FALSE(d.text.contains(QChar(0xFEFF)));
        CHECK_FALSE(d.text.contains(QLatin1Char('\r')));
        CHECK_FALSE(d.text.contains(QChar(0)));
    }
}

TEST_CASE("a UTF-16LE SubRip file decodes" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importShared(QStringLiteral("corpus/encodings/pysrt_bom-utf-16-le.srt"));
    CHECK(d.warnings.join(QLatin1Char('\n')).contains(QLatin1String("UTF-16")));
    // Every letter of the file is ASCII text once decoded; a wrong decoding shows up as NULs or CJK.
    for (const QChar c : d.text)
        CHECK(c.unicode() < 0x2000);
    MESSAGE("first turn: " << turnTexts(d).first().text.left(60).toStdString());
}

TEST_CASE("SubRip formatting tags and ASS overrides are removed, text and times kept" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importShared(QStringLiteral("corpus/srt/pysrt_capability_tester.srt"));
    CHECK_FALSE(d.text.contains(QLatin1String("<font")));
    CHECK_FALSE(d.text.contains(QLatin1String("<b>")));
    CHECK_FALSE(d.text.contains(QLatin1String("{\\an")));
    CHECK_FALSE(d.text.contains(QLatin1String("<invalid_tag>")));
    CHECK(d.text.contains(QLatin1String("This text should be blue This text should be red")));
    CHECK(d.text.contains(QStringLiteral("This should be an E with an accent: È")));
    CHECK(d.text.contains(QStringLiteral("日本語")));
    CHECK(d.text.contains(QLatin1String("2<3,5>1,4<6")));
    CHECK(d.text.contains(QLatin1String("<invalid_tag_unclosed>but show un-closed invalid html tags")));
    CHECK(d.text.contains(QLatin1String("middle and horizontally at the left (The second position")));
    CHECK(d.text.contains(QLatin1String("This could be the most difficult thing to implement")));
    CHECK(d.text.contains(QLatin1String("Don't show this text")));  // zero-length cues keep their words
    CHECK(d.warnings.join(QLatin1Char('\n')).contains(QLatin1String("kept 2 cues whose end is not after their start")));
    for (const DraftTurn& t : d.turns)
        CHECK(t.speaker.isEmpty());
    const SourceDraft sample = importShared(QStringLiteral("corpus/srt/webvtt-py_sample.srt"));
    CHECK(sample.text == QLatin1String("Caption text #1 Caption text #2 Caption text #3 Caption text #4 Caption text #5"));
    REQUIRE(sample.turns.size() == 1);
    CHECK(sample.turns[0].beginMs == 500);
    CHECK(sample.turns[0].endMs == 23880);
}

TEST_CASE("broken SubRip files are refused; an empty cue is skipped with a warning" * THEMA_NEEDS_SHARED)
{
    const QString one = errorOf(QStringLiteral("corpus/broken/webvtt-py_invalid_format1.srt"));
    CHECK(one.contains(QLatin1String("webvtt-py_invalid_format1.srt: line 1: cue 1 has no timing line")));
    const QString missing = errorOf(QStringLiteral("corpus/broken/webvtt-py_missing_timeframe.srt"));
    CHECK(missing.contains(QLatin1String("webvtt-py_missing_timeframe.srt: line 5: cue 2 has no timing line")));
    const SourceDraft d = importShared(QStringLiteral("corpus/broken/webvtt-py_missing_caption_text.srt"));
    // The skipped cue leaves a pause of 4.9 s, so the paragraph breaks there.
    CHECK(d.text == QLatin1String("Caption text #1\n\nCaption text #3 Caption text #4 Caption text #5"));
    CHECK(d.warnings.join(QLatin1Char('\n')).contains(QLatin1String("skipped 1 cues without text (2)")));
}

TEST_CASE("SubRip: CRLF, BOM, speaker prefixes and dialogue dashes")
{
    const SourceDraft d = readSrt("\xEF\xBB\xBF" "1\r\n00:00:01,000 --> 00:00:02,500\r\nJOHN: hi there\r\n\r\n"
                                  "2\r\n00:00:03,000 --> 00:00:04,000\r\nhow are you\r\n\r\n"
                                  "3\r\n00:00:04,000 --> 00:00:05,000\r\n- MARY: fine.\r\n- JOHN: good.\r\n");
    const auto turns = turnTexts(d);
    REQUIRE(turns.size() == 3);
    CHECK(turns[0].speaker == QLatin1String("JOHN"));
    CHECK(turns[0].text == QLatin1String("hi there how are you"));
    CHECK(d.turns[0].beginMs == 1000);
    CHECK(d.turns[0].endMs == 4000);
    CHECK(turns[1].speaker == QLatin1String("MARY"));
    CHECK(turns[1].text == QLatin1String("fine."));
    CHECK(turns[2].speaker == QLatin1String("JOHN"));
}

TEST_CASE("SubRip: text after a blank line continues its cue; bad timing lines name the line")
{
    const SourceDraft d = readSrt("1\n00:00:01,000 --> 00:00:02,000\nfirst\n\nstill first\n\n2\n00:00:02,000 --> 00:00:03,000\nsecond\n");
    CHECK(d.text == QLatin1String("first still first second"));
    CHECK_THROWS_WITH_AS(readSrt("1\n00:00:01,000 --> 00:00:2,000x\nfirst\n"),
                         doctest::Contains("inline.srt: line 2: cannot read the cue timing"), Error);
    CHECK_THROWS_WITH_AS(readSrt("hello\n"), doctest::Contains("inline.srt: not a SubRip file: line 1"), Error);
    CHECK_THROWS_WITH_AS(readSrt("\n\n  \n"), doctest::Contains("contains no captions"), Error);
}

TEST_CASE("content decides the importer: a subtitle file with another extension")
{
    const auto& registry = ImporterRegistry::instance();
    CHECK(registry.importerFor(QByteArray("1\n00:00:01,000 --> 00:00:02,000\nhi\n"), QStringLiteral("x.txt")).format() ==
          QLatin1String("srt"));
    CHECK(registry.importerFor(QByteArray("\xEF\xBB\xBFWEBVTT\n"), QStringLiteral("x.srt")).format() == QLatin1String("vtt"));
    CHECK(registry.importerFor(QByteArray("WEBVTTX\n"), QStringLiteral("x.txt")).format() == QLatin1String("txt"));
    CHECK(registry.importerFor(QByteArray("00:00:00.500 --> 00:00:07.000\n"), QStringLiteral("x.vtt")).format() == QLatin1String("vtt"));
}

TEST_CASE("CueText: SubRip and WebVTT markup")
{
    CHECK(CueText::parseSubRip(QStringLiteral("<i>a</i> <x>b</x> <y>c\n</z>d")) ==
          QStringList{QStringLiteral("a b <y>c"), QStringLiteral("</z>d")});
    CHECK(CueText::parseSubRip(QStringLiteral("{\\an8}<font color=\"red\">top</font>")) == QStringList{QStringLiteral("top")});
    CHECK(CueText::decodeEntities(QStringLiteral("&#x41;&#66;&bogus;&#0;&amp")) == QStringLiteral("AB&bogus;\uFFFD&amp"));
    const auto ruby = CueText::parseWebVtt(QStringLiteral("<ruby>漢<rt>かん</rt></ruby>字<00:00:01.000> x"));
    REQUIRE(ruby.size() == 1);
    CHECK(ruby[0].lines == QStringList{QStringLiteral("漢字 x")});
    CHECK_FALSE(ruby[0].voice.has_value());
}
