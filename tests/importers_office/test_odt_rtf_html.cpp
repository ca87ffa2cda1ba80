#include "htmlimporter.h"
#include "officetest.h"
#include "odtimporter.h"
#include "richtextdraft.h"
#include "rtfimporter.h"
#include "zipbuilder.h"

#include <doctest/doctest.h>

#include <QDir>

using namespace thema;
using namespace thema::test;

TEST_CASE("ODT: corpus files import; tracked deletions absent, insertions, notes and spanned tables present" * THEMA_NEEDS_SHARED)
{
    for (const QString& f : QDir(sharedPath(QStringLiteral("corpus/odt"))).entryList({QStringLiteral("*.odt")})) {
        CAPTURE(f);
        const SourceDraft d = importCorpus(QStringLiteral("odt/") + f);
        CHECK(d.format == QStringLiteral("odt"));
        CHECK_FALSE(d.text.trimmed().isEmpty());
    }
    const QString tracked = importCorpus(QStringLiteral("odt/pandoc_trackedChanges.odt")).text;
    CHECK(tracked.contains(QStringLiteral("and inserted text.")));
    CHECK_FALSE(tracked.contains(QStringLiteral("deleted")));
    CHECK(importCorpus(QStringLiteral("odt/pandoc_footnote.odt")).text ==
          QStringLiteral("Some text[1] with a footnote.\n\n[Footnote 1] Footnote text"));
    const QString spans = importCorpus(QStringLiteral("odt/pandoc_tableWithSpans.odt")).text;
    CHECK(spans.startsWith(QStringLiteral("H1 Rowspan 2\n\nH1-2\n\nH1-3\n\nH2-2/3\n\nB1-1")));
    CHECK(importCorpus(QStringLiteral("odt/pandoc_unicode.odt")).text == QStringLiteral("“”’çӨ©¼вбФШöÉµ"));
    CHECK(importCorpus(QStringLiteral("odt/qualcoder_ID2.odt")).text.contains(QStringLiteral("The course cost €200.00 and")));
}

TEST_CASE("ODT: annotations become memos over their range; white space as ODF defines it")
{
    const QByteArray content =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<office:body><office:text><text:p>Interviewer:   What  <office:annotation office:name=\"a1\"><dc:creator>Bo"
        "</dc:creator><dc:date>2024-05-01T10:00:00</dc:date><text:p>key question</text:p></office:annotation>matters"
        "<office:annotation-end office:name=\"a1\"/> most?</text:p><text:p>P2:<text:s/>A<text:tab/>lot<text:line-break/>"
        "really.</text:p></office:text></office:body></office:document-content>";
    const QByteArray odt = buildZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", {}},
                                     {QStringLiteral("content.xml"), content, {}}});
    CHECK(OdtImporter().sniff(odt, QStringLiteral("a.odt")) == 100);
    const SourceDraft d = OdtImporter().read(odt, QStringLiteral("a.odt"), {});
    CHECK(d.text == QStringLiteral("What matters most?\n\nA\tlot\nreally."));
    REQUIRE(d.memos.size() == 1);
    CHECK(d.memos[0].text == QStringLiteral("key question"));
    CHECK(d.memos[0].author == QStringLiteral("Bo"));
    REQUIRE(d.memos[0].anchor.has_value());
    CHECK(spanText(d, *d.memos[0].anchor) == QStringLiteral("matters"));
    REQUIRE(d.turns.size() == 2);
    CHECK(d.turns[1].speaker == QStringLiteral("P2"));
}

TEST_CASE("RTF: code pages, \\u fallbacks, footnotes, hidden text, headings" * THEMA_NEEDS_SHARED)
{
    CHECK(importCorpus(QStringLiteral("rtf/pandoc_unicode.rtf")).text == QStringLiteral("“hi”‘hi’•αä"));
    CHECK(importCorpus(QStringLiteral("rtf/pandoc_accent.rtf")).text == QStringLiteral("le café où on ne fume pas"));
    const SourceDraft notes = importCorpus(QStringLiteral("rtf/pandoc_footnote.rtf"));
    CHECK(notes.text.startsWith(QStringLiteral("Mead's landmark study has been amply annotated.[1] It was her work")));
    CHECK(notes.text.contains(QStringLiteral("As others have noted,[2] this period")));
    CHECK(notes.text.endsWith(QStringLiteral(
        "[Footnote 1] See Sahlins, Bateson, and Geertz for a complete bibliography.\n\n"
        "[Footnote 2] A complete bibliography will be found at the end of this chapter.")));
    const QString formatting = importCorpus(QStringLiteral("rtf/pandoc_formatting.rtf")).text;
    CHECK(formatting.startsWith(QStringLiteral("This is a test of formatting.")));
    CHECK_FALSE(formatting.contains(QStringLiteral("secret")));  // \v hidden text
    CHECK_FALSE(formatting.contains(QStringLiteral("Times New Roman")));
    CHECK(importCorpus(QStringLiteral("rtf/pandoc_heading.rtf")).text ==
          QStringLiteral("Heading 1\n\nHeading 2\n\nHeading 3\n\nParagraph"));
}

TEST_CASE("RTF: malformed input gets a clear error, not garbage" * THEMA_NEEDS_SHARED)
{
    const QString itap = errorOf([] { importCorpus(QStringLiteral("broken/pandoc_table_nested_malformed_itap.rtf")); });
    CHECK(itap.contains(QStringLiteral("pandoc_table_nested_malformed_itap.rtf: malformed RTF: table nesting jumps")));
    CHECK(itap.contains(QStringLiteral("\\itap5")));
    const RtfImporter rtf;
    CHECK(errorOf([&] { rtf.read("{\\rtf1 \\'zz}", QStringLiteral("x.rtf"), {}); }).contains(QStringLiteral("hexadecimal")));
    CHECK(errorOf([&] { rtf.read("{\\rtf1 {\\bin999 ab}}", QStringLiteral("x.rtf"), {}); }).contains(QStringLiteral("\\bin")));
    CHECK(errorOf([&] { rtf.read(QByteArray(600, '{').prepend("{\\rtf1"), QStringLiteral("x.rtf"), {}); })
              .contains(QStringLiteral("nested deeper")));
    CHECK(errorOf([&] { rtf.read("hello", QStringLiteral("x.rtf"), {}); }).contains(QStringLiteral("not an RTF file")));
    // Cyrillic through the font's charset, DBCS through \ansicpg, and a truncated file warns.
    const SourceDraft cyr = rtf.read("{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset204 Arial;}}\\f1 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}",
                                     QStringLiteral("c.rtf"), {});
    CHECK(cyr.text == QStringLiteral("Привет"));
    CHECK(rtf.read("{\\rtf1\\ansi\\ansicpg932 \\'93\\'fa\\'96\\'7b}", QStringLiteral("j.rtf"), {}).text == QStringLiteral("日本"));
    const SourceDraft cut = rtf.read("{\\rtf1 Dan: hi\\par P: yo", QStringLiteral("t.rtf"), {});
    CHECK(cut.text == QStringLiteral("hi\n\nyo"));
    CHECK(cut.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("still open")));
}

TEST_CASE("HTML: block structure, scripts dropped, entities and declared charset")
{
    const QByteArray html =
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        "<style>p{}</style><script>var s = 'Dan: no';</script></head><body><h1>Interview &amp; notes</h1>"
        "<p>Dan: How   are\n you? caf\xe9 &#8220;q&#8221; \x93smart\x94</p><p>Participant: Fine,<br>thanks.</p>"
        "<table><tr><td>cell A</td><td>cell B</td></tr></table><ul><li>one<li>two</ul><pre>a  b\nc</pre></body></html>";
    const HtmlImporter importer;
    CHECK(importer.sniff(html, QStringLiteral("x.html")) == 90);
    const SourceDraft d = importer.read(html, QStringLiteral("x.html"), {});
    // Two labels among eight paragraphs are too few to call it a transcript: the labels stay text.
    CHECK(d.text == QStringLiteral("Interview & notes\n\nDan: How are you? café “q” “smart”\n\nParticipant: Fine,\nthanks.\n\n"
                                   "cell A\n\ncell B\n\none\n\ntwo\n\na  b\nc"));
    CHECK(d.turns.size() == 8);
    const SourceDraft t = importer.read("<html><body><p>Dan: Hi.</p><p>Ann: Hello.</p><div>Dan: Bye.</div></body></html>",
                                        QStringLiteral("t.html"), {});
    CHECK(t.text == QStringLiteral("Hi.\n\nHello.\n\nBye."));
    CHECK(t.turns.size() == 3);
    CHECK(t.turns[1].speaker == QStringLiteral("Ann"));
    // A declared UTF-8 is not decoded twice; undeclared Windows-1252 is detected.
    const SourceDraft u = importer.read("<html><head><meta charset=\"utf-8\"></head><body><p>Zo\xC3\xAB \xE2\x80\x93 ok</p></body></html>",
                                        QStringLiteral("u.html"), {});
    CHECK(u.text == QStringLiteral("Zoë – ok"));
    CHECK(importer.read("<p>caf\xE9 \x93q\x94 and more words here to detect</p>", QStringLiteral("w.html"), {}).text ==
          QStringLiteral("café “q” and more words here to detect"));
}

TEST_CASE("RichTextDraft maps comment anchors through speaker labels, blank paragraphs and labels alone")
{
    RichTextDraft rich;
    rich.addText(QStringLiteral("Dan: Hello there"));
    rich.endParagraph();
    rich.addText(QStringLiteral("   "));
    rich.endParagraph();  // vanishes
    rich.addText(QStringLiteral("Participant:"));
    rich.endParagraph();  // a label alone: its turn's text follows
    const RichTextDraft::Position start = rich.position();
    rich.addText(QStringLiteral("😀 Emoji first"));
    const RichTextDraft::Position end = rich.position();
    rich.endParagraph();
    rich.addComment({0, 11}, {0, 16}, DraftMemo{{}, QStringLiteral("a"), QStringLiteral("greeting"), {}});
    rich.addComment(start, end, DraftMemo{{}, QStringLiteral("b"), QStringLiteral("emoji"), {}});
    rich.addComment({1, 0}, {1, 5}, DraftMemo{{}, QStringLiteral("c"), QStringLiteral("on the label"), {}});
    const SourceDraft d = rich.finish({});
    CHECK(d.text == QStringLiteral("Hello there\n\n😀 Emoji first"));
    REQUIRE(d.memos.size() == 3);
    CHECK(spanText(d, *d.memos[0].anchor) == QStringLiteral("there"));
    CHECK(*d.memos[1].anchor == Span{13, 26});  // code points: the emoji counts once
    CHECK(spanText(d, *d.memos[1].anchor) == QStringLiteral("😀 Emoji first"));
    CHECK(spanText(d, *d.memos[2].anchor) == QStringLiteral("😀 Emoji first"));  // a label leaves no text: its line
}
