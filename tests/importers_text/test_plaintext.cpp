#include "importerregistry.h"
#include "model/error.h"
#include "importservice.h"
#include "plaintextimporter.h"
#include "shared.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QSet>

using namespace thema;
using thema::Error;

namespace {

QStringList speakersOf(const SourceDraft& d)
{
    QStringList s;
    for (const DraftTurn& t : d.turns)
        if (!t.speaker.isEmpty() && !s.contains(t.speaker))
            s.append(t.speaker);
    return s;
}

SourceDraft readCorpus(const QString& relative)
{
    return ImporterRegistry::instance().readFile(test::sharedPath(relative), {});
}

SourceDraft fromText(const QString& text, const QString& pattern = {})
{
    ImportOptions options;
    options.speakerPattern = pattern;
    return PlainTextImporter::readText(text, false, options);
}

QString turnText(const SourceDraft& d, int i)
{
    return TextOffsets::mid(d.text, d.turns[i].span.start, d.turns[i].span.end);
}

}  // namespace

TEST_CASE("every plain-text transcript of the corpus imports with its own speaker labels" * THEMA_NEEDS_SHARED)
{
    const QDir dir(test::sharedPath(QStringLiteral("corpus/txt")));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.size() >= 5);
    for (const QString& f : files) {
        CAPTURE(f.toStdString());
        const SourceDraft d = readCorpus(QStringLiteral("corpus/txt/") + f);
        CHECK(!d.text.isEmpty());
        CHECK(!d.text.contains(QLatin1Char('\r')));
        for (const DraftTurn& t : d.turns) {
            CHECK(t.span.start < t.span.end);
            CHECK(t.span.end <= TextOffsets::codePointLength(d.text));
        }
    }
    CHECK(speakersOf(readCorpus(QStringLiteral("corpus/txt/qualcoder_transcript_bracket-ids.txt")))
          == QStringList{QStringLiteral("id1"), QStringLiteral("id2"), QStringLiteral("id3")});
    CHECK(speakersOf(readCorpus(QStringLiteral("corpus/txt/changelog_gotime-100_4speakers.md")))
          == QStringList{QStringLiteral("Carmen Andoh"), QStringLiteral("Jon Calhoun"), QStringLiteral("Rob Pike"),
                         QStringLiteral("Robert Griesemer")});
    const SourceDraft fi = readCorpus(QStringLiteral("corpus/txt/DERIVED_parlamint-fi_2015-05-22-ps7_excerpt_fi.txt"));
    CHECK(fi.turns.size() == 8);
    CHECK(speakersOf(fi).contains(QStringLiteral("OlaviAlaNissilä")));
    const SourceDraft apollo = readCorpus(QStringLiteral("corpus/txt/spacelog_apollo13_TEC_air-to-ground.txt"));
    const QStringList apolloSpeakers = speakersOf(apollo);
    for (const char* s : {"CDR", "CMP", "CC", "LMP"})
        CHECK(apolloSpeakers.contains(QLatin1String(s)));
    CHECK(!apollo.text.contains(QStringLiteral("_page")));
    CHECK(apollo.turns[0].beginMs == -10000);  // [-00:00:00:10]
}

TEST_CASE("a file without speaker labels gets none, and its timestamps become metadata" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = readCorpus(QStringLiteral("corpus/txt/talkpython_001_timestamps-no-speakers.txt"));
    CHECK(speakersOf(d).isEmpty());
    CHECK(d.turns.size() > 100);
    CHECK(!d.text.contains(QStringLiteral("00:00:08")));
    CHECK(d.turns[1].beginMs == 8000);
    CHECK(turnText(d, 1).startsWith(QStringLiteral("Hello and welcome")));
}

TEST_CASE("Markdown escapes and inline timestamps are not text" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = readCorpus(QStringLiteral("corpus/txt/changelog_gotime-100_4speakers.md"));
    CHECK(d.format == QLatin1String("markdown"));
    CHECK(!d.text.contains(QStringLiteral("\\[")));
    CHECK(!d.text.contains(QStringLiteral("04:22")));
    CHECK(d.text.contains(QStringLiteral("[laughs]")));
    CHECK(!d.text.contains(QStringLiteral("**")));
}

TEST_CASE("the Windows-1252 transcript reads curly quotes and ellipses" * THEMA_NEEDS_SHARED)
{
    // The file's only bytes above 0x7F are 0x91/0x92 (curly single quotes), 0x85 (ellipsis) and 0x96 (en dash).
    const SourceDraft d = readCorpus(QStringLiteral("corpus/encodings/DERIVED_unix-oral-history_thompson_cp1252_crlf.txt"));
    CHECK(d.text.contains(QChar(0x2018)));
    CHECK(d.text.contains(QChar(0x2019)));
    CHECK(d.text.contains(QChar(0x2026)));
    CHECK(!d.text.contains(QChar(0x85)));
    CHECK(speakersOf(d).contains(QStringLiteral("MSM")));
    CHECK(speakersOf(d).contains(QStringLiteral("Thompson")));
}

TEST_CASE("label styles: French spacing, parentheses, non-Latin scripts, timestamps before labels")
{
    const SourceDraft fr = fromText(QStringLiteral("Interviewer1 : Bonjour.\n\nParticipant2 : Salut, ça va.\n\nInterviewer1 : Merci."));
    CHECK(speakersOf(fr) == QStringList{QStringLiteral("Interviewer1"), QStringLiteral("Participant2")});
    CHECK(turnText(fr, 1) == QStringLiteral("Salut, ça va."));

    const SourceDraft paren = fromText(QStringLiteral("Interviewer (Anna): Tell me.\nParticipant (P3): Well, it was hard.\nInterviewer (Anna): Go on."));
    CHECK(speakersOf(paren) == QStringList{QStringLiteral("Interviewer (Anna)"), QStringLiteral("Participant (P3)")});

    const SourceDraft cyr = fromText(QStringLiteral("Интервьюер: Как дела?\nМария: Хорошо 🙂\nИнтервьюер: Спасибо.\n"));
    CHECK(speakersOf(cyr) == QStringList{QStringLiteral("Интервьюер"), QStringLiteral("Мария")});
    CHECK(turnText(cyr, 1) == QStringLiteral("Хорошо 🙂"));

    const SourceDraft ja = fromText(QStringLiteral("司会：こんにちは。\n田中：よろしくお願いします。\n司会：では始めます。"));
    CHECK(speakersOf(ja) == QStringList{QStringLiteral("司会"), QStringLiteral("田中")});

    const SourceDraft ts = fromText(QStringLiteral("[00:01:02] Anna: Hello.\n[00:01:05.5] Ben: Hi there.\n[00:01:09] Anna: Good."));
    CHECK(speakersOf(ts) == QStringList{QStringLiteral("Anna"), QStringLiteral("Ben")});
    CHECK(ts.turns[1].beginMs == 65500);
    CHECK(!ts.text.contains(QStringLiteral("00:01")));
}

TEST_CASE("multi-paragraph turns continue their speaker; prose with a stray colon invents no speaker")
{
    const SourceDraft d = fromText(QStringLiteral("Q: First question?\n\nA: First part.\n\nSecond part of the answer.\n\nQ: Next?"));
    REQUIRE(d.turns.size() == 3);
    CHECK(turnText(d, 1) == QStringLiteral("First part.\nSecond part of the answer."));

    const SourceDraft prose = fromText(QStringLiteral(
        "It was a long day.\n\nNote: we arrived late.\n\nThen we went home and slept.\n\nThe next morning was better.\n\n"
        "We talked a lot."));
    CHECK(speakersOf(prose).isEmpty());
    CHECK(prose.text.contains(QStringLiteral("Note: we arrived late.")));
}

TEST_CASE("an explicit speaker pattern replaces detection")
{
    const SourceDraft d = fromText(QStringLiteral("<<Ann>> hello\n<<Bob>> hi: there\n"), QStringLiteral(R"(<<(?<speaker>\w+)>>\s*)"));
    CHECK(speakersOf(d) == QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")});
    CHECK(turnText(d, 1) == QStringLiteral("hi: there"));
    CHECK_THROWS_AS(fromText(QStringLiteral("x"), QStringLiteral("(unclosed")), Error);
    CHECK_THROWS_AS(fromText(QStringLiteral("x"), QStringLiteral("\\w+:")), Error);
}

TEST_CASE("speakers become participants; --participant takes the interviewee's turns; failed imports change nothing")
{
    const QString path = test::tempDir() + QStringLiteral("/p.thema");
    auto store = ProjectStore::create(path);
    ImportService service(*store);
    SourceDraft d = fromText(QStringLiteral("Interviewer: How are you?\nMaria: Fine, thanks.\nInterviewer: Good."));
    d.name = QStringLiteral("maria");
    const ImportResult r = service.write(d, {QStringLiteral("P07"), {{QStringLiteral("role"), QStringLiteral("service user")}}});
    CHECK(r.turns == 3);
    const auto p07 = store->participantByName(QStringLiteral("P07"));
    REQUIRE(p07);
    CHECK(p07->attributes.value(QStringLiteral("role")) == QLatin1String("service user"));
    CHECK(store->participantByName(QStringLiteral("Interviewer"))->interviewer);
    CHECK(!store->participantByName(QStringLiteral("Maria")));
    CHECK(store->turns(r.source)[1].participant == p07->id);

    // The same name again fails, and nothing of the second import remains.
    const qsizetype participants = store->participants().size();
    CHECK_THROWS_AS(service.write(d, {QStringLiteral("P08"), {}}), Error);
    CHECK(store->sources().size() == 1);
    CHECK(store->participants().size() == participants);
}

TEST_CASE("empty, binary and unknown files are refused with the file's name")
{
    const QString dir = test::tempDir();
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString empty = write(QStringLiteral("empty.txt"), {});
    const QString png = write(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString doc = write(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
    for (const QString& f : {empty, png, doc}) {
        CAPTURE(f.toStdString());
        try {
            ImporterRegistry::instance().readFile(f, {});
            FAIL("expected an error");
        } catch (const Error& e) {
            CHECK(e.message().contains(f));
        }
    }
}
