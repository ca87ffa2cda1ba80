#include "docximporter.h"
#include "officetest.h"
#include "zipbuilder.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace thema;
using namespace thema::test;

TEST_CASE("DOCX: every corpus file imports; the one without a styles part is empty, not broken" * THEMA_NEEDS_SHARED)
{
    const QDir dir(sharedPath(QStringLiteral("corpus/docx")));
    const QStringList files = dir.entryList({QStringLiteral("*.docx")}, QDir::Files);
    CHECK(files.size() >= 15);
    for (const QString& f : files) {
        CAPTURE(f);
        if (f.startsWith(QLatin1String("python-docx_sty-having-no-styles-part"))) {
            QFile file(dir.filePath(f));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const SourceDraft d = DocxImporter().read(file.readAll(), f, {});
            CHECK(d.text.isEmpty());  // the document holds one empty paragraph
            continue;
        }
        const SourceDraft d = importCorpus(QStringLiteral("docx/") + f);
        CHECK(d.format == QStringLiteral("docx"));
        CHECK_FALSE(d.text.trimmed().isEmpty());
        CHECK_FALSE(d.text.contains(QChar(0xFFFD)));
    }
}

TEST_CASE("DOCX: tracked changes are resolved" * THEMA_NEEDS_SHARED)
{
    CHECK(importCorpus(QStringLiteral("docx/pandoc_track_changes_deletion.docx")).text ==
          QStringLiteral("This is a text with a deletion."));
    CHECK(importCorpus(QStringLiteral("docx/pandoc_track_changes_insertion.docx")).text ==
          QStringLiteral("This is a text with two exciting insertions."));
    const QString moved = importCorpus(QStringLiteral("docx/pandoc_track_changes_move.docx")).text;
    CHECK(moved.count(QStringLiteral("Here is the text to be moved.")) == 1);
    CHECK(moved.indexOf(QStringLiteral("moved")) < moved.indexOf(QStringLiteral("some more text")));
}

TEST_CASE("DOCX: comments become memos anchored to what they comment on" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importCorpus(QStringLiteral("docx/mammoth_comments.docx"));
    CHECK(d.text == QStringLiteral("Ouch."));
    REQUIRE(d.memos.size() == 2);
    CHECK(d.memos[0].text == QStringLiteral("A tachyon walks into a bar."));
    CHECK(d.memos[0].author == QStringLiteral("Michael Williamson"));
    CHECK(d.memos[0].createdAt == QDateTime(QDate(2016, 7, 3), QTime(15, 10), Qt::UTC));
    REQUIRE(d.memos[0].anchor.has_value());
    CHECK(spanText(d, *d.memos[0].anchor) == QStringLiteral("Ouch"));
    // The second comment has no range, only a reference after the full stop: it covers its paragraph.
    CHECK(d.memos[1].text == QStringLiteral("Fin."));
    REQUIRE(d.memos[1].anchor.has_value());
    CHECK(spanText(d, *d.memos[1].anchor) == QStringLiteral("Ouch."));
}

TEST_CASE("DOCX: footnotes and endnotes are kept after the body, with markers" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importCorpus(QStringLiteral("docx/pandoc_notes.docx"));
    CHECK(d.text.contains(QStringLiteral("Test footnote.[1] Test endnote.[i]")));
    CHECK(d.text.contains(QStringLiteral("\n\n[Footnote 1] My note.")));
    CHECK(d.text.endsWith(QStringLiteral("[Endnote i] This is an endnote at the end of the document.")));
    REQUIRE_FALSE(d.turns.isEmpty());
    CHECK(spanText(d, d.turns.last().span) == QStringLiteral("[Endnote i] This is an endnote at the end of the document."));
    CHECK(d.turns.last().speaker.isEmpty());
    const QString foot = importCorpus(QStringLiteral("docx/mammoth_footnotes.docx")).text;
    CHECK(foot.contains(QStringLiteral("[Footnote 1] A tachyon walks into a bar.")));
}

TEST_CASE("DOCX: tables cell by cell, text boxes once, BOM, Unicode, symbols, smart punctuation" * THEMA_NEEDS_SHARED)
{
    const QString tables = importCorpus(QStringLiteral("docx/mammoth_tables.docx")).text;
    CHECK(tables == QStringLiteral("Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow"));
    CHECK(importCorpus(QStringLiteral("docx/mammoth_text-box.docx")).text == QStringLiteral("Datum plane"));
    CHECK(importCorpus(QStringLiteral("docx/mammoth_utf8-bom.docx")).text == QStringLiteral("This XML has a byte order mark."));
    CHECK(importCorpus(QStringLiteral("docx/pandoc_unicode.docx")).text == QStringLiteral("Hello, 世界. This costs €10.∨∨("));
    const QString special = importCorpus(QStringLiteral("docx/qualcoder_special_chars.docx")).text;
    CHECK(special.contains(QStringLiteral("‘single smart quotes’, “double smart quotes”")));
    CHECK(special.contains(QStringLiteral("ellipsis: …")));
    CHECK(importCorpus(QStringLiteral("docx/qualcoder_ID1.docx")).text.contains(QStringLiteral("€")));
}

TEST_CASE("DOCX: a zip that is not a Word document is refused, also when renamed" * THEMA_NEEDS_SHARED)
{
    const QString zipPath = sharedPath(QStringLiteral("corpus/broken/mammoth_empty.zip"));
    const QString asZip = errorOf([&] { ImporterRegistry::instance().readFile(zipPath, {}); });
    CHECK(asZip.contains(QStringLiteral("mammoth_empty.zip: not a Word document: the zip archive is empty")));
    const QString renamed = tempDir() + QStringLiteral("/empty.docx");
    REQUIRE(QFile::copy(zipPath, renamed));
    CHECK(errorOf([&] { ImporterRegistry::instance().readFile(renamed, {}); })
              .contains(QStringLiteral("empty.docx: not a Word document")));

    const QByteArray other = buildZip({{QStringLiteral("notes.txt"), "hello", {}}});
    CHECK(errorOf([&] { DocxImporter().read(other, QStringLiteral("x.docx"), {}); })
              .startsWith(QStringLiteral("x.docx: not a Word document: the zip archive has no word/document.xml")));
}

TEST_CASE("DOCX: hostile packages are refused with the archive's name")
{
    const QByteArray bomb = buildZip({{QStringLiteral("word/document.xml"), QByteArray(8 << 20, ' '), {}}});
    CHECK(errorOf([&] { DocxImporter().read(bomb, QStringLiteral("bomb.docx"), {}); }).contains(QStringLiteral("zip bomb")));
    const QByteArray traversal = buildZip({{QStringLiteral("word/document.xml"), "<w:document/>", {}},
                                           {QStringLiteral("../../etc/cron.d/x"), "x", {}}});
    CHECK(errorOf([&] { DocxImporter().read(traversal, QStringLiteral("trav.docx"), {}); })
              .startsWith(QStringLiteral("trav.docx: unsafe zip archive")));
    const QByteArray entities = buildZip(
        {{QStringLiteral("word/document.xml"),
          "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document><w:body/></w:document>", {}}});
    CHECK(errorOf([&] { DocxImporter().read(entities, QStringLiteral("xxe.docx"), {}); }).contains(QStringLiteral("declares entities")));
}

TEST_CASE("DOCX: ISO Strict namespaces, speaker labels, comments across a label, soft breaks and tabs")
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?><x:document xmlns:x=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><x:body>"
        "<x:p><x:r><x:t xml:space=\"preserve\">Interviewer: How was </x:t></x:r><x:commentRangeStart x:id=\"5\"/>"
        "<x:r><x:t>the clinic</x:t></x:r><x:commentRangeEnd x:id=\"5\"/><x:r><x:t>?</x:t><x:br/><x:t>Second</x:t>"
        "<x:tab/><x:t>line</x:t><x:noBreakHyphen/><x:t>x</x:t><x:softHyphen/></x:r></x:p>"
        "<x:p><x:r><x:t>P1: Fine, </x:t></x:r><x:del><x:r><x:delText>not </x:delText></x:r></x:del>"
        "<x:ins><x:r><x:t>really </x:t></x:r></x:ins><x:r><x:instrText>PAGE</x:instrText><x:t>good.</x:t></x:r></x:p>"
        "</x:body></x:document>";
    const QByteArray comments =
        "<x:comments xmlns:x=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><x:comment x:id=\"5\" x:author=\"Ana\">"
        "<x:p><x:r><x:t>place</x:t></x:r></x:p></x:comment></x:comments>";
    const QByteArray docx = buildZip({{QStringLiteral("word/document.xml"), xml, {}},
                                      {QStringLiteral("word/comments.xml"), comments, {}}});
    const SourceDraft d = DocxImporter().read(docx, QStringLiteral("strict.docx"), {});
    CHECK(d.text == QStringLiteral("How was the clinic?\nSecond\tline-x\n\nFine, really good."));
    REQUIRE(d.turns.size() == 2);
    CHECK(d.turns[0].speaker == QStringLiteral("Interviewer"));
    CHECK(d.turns[1].speaker == QStringLiteral("P1"));
    REQUIRE(d.memos.size() == 1);
    REQUIRE(d.memos[0].anchor.has_value());
    CHECK(spanText(d, *d.memos[0].anchor) == QStringLiteral("the clinic"));
    CHECK(d.memos[0].author == QStringLiteral("Ana"));
}

TEST_CASE("Legacy .doc and protected Office files get what to do, never garbage text")
{
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(2048, '\0') + "EncryptionInfo";
    for (const auto& [fileName, expected] : {std::pair{QStringLiteral("old.doc"), QStringLiteral("save it as .docx")},
                                             std::pair{QStringLiteral("locked.docx"), QStringLiteral("password-protected")}}) {
        const QString name = fileName;  // clang 14 cannot capture a structured binding in CAPTURE's lambda
        const QString path = tempDir() + QLatin1Char('/') + name;
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(ole);
        f.close();
        CAPTURE(name);
        CHECK(errorOf([&] { ImporterRegistry::instance().readFile(path, {}); }).contains(expected));
    }
}
