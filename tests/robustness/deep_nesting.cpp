// Hostile nesting (issue 19): documents nested tens of thousands of levels deep used to crash the recursive
// readers (SIGSEGV) or, for HTML, to lose everything after level 256 silently. The files are built here; the
// expected outcomes are written by hand: a refusal naming the file, or every word of the document imported.
#include "clirun.h"
#include "shared.h"

#include "importerregistry.h"
#include "model/error.h"
#include "zipwriter.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace thema;

namespace {

QByteArray repeated(const char* piece, int times)
{
    return QByteArray(piece).repeated(times);
}

// A Word document whose only paragraph holds a run inside @p depth nested <w:ins> elements.
QByteArray deepDocx(int depth)
{
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>" +
        repeated("<w:ins>", depth) + "<w:r><w:t>deep</w:t></w:r>" +
        repeated("</w:ins>", depth) + "</w:p><w:p><w:r><w:t>after</w:t></w:r></w:p></w:body></w:document>";
    const QString path = test::tempDir() + QStringLiteral("/deep-%1.docx").arg(depth);
    ZipWriter zip(path);
    zip.add(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    zip.add(QStringLiteral("word/document.xml"), document);
    zip.commit();
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The content of an OpenDocument text whose paragraph sits inside @p depth nested <text:section> elements; as
// a flat document (.fodt) when @p root is "office:document", as content.xml when it is "office:document-content".
QByteArray deepOdtXml(int depth, const QByteArray& root)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root +
           " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\" "
           "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text>" +
           repeated("<text:section>", depth) + "<text:p>deep</text:p>" + repeated("</text:section>", depth) +
           "<text:p>after</text:p></office:text></office:body></" + root + ">";
}

// The same as a zipped .odt. Past about 35,000 levels content.xml exceeds 1 MiB and the zip-bomb ratio check
// refuses it first, so deeper cases use the flat form.
QByteArray deepOdt(int depth)
{
    const QByteArray content = deepOdtXml(depth, "office:document-content");
    const QString path = test::tempDir() + QStringLiteral("/deep-%1.odt").arg(depth);
    ZipWriter zip(path);
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
    zip.add(QStringLiteral("content.xml"), content);
    zip.commit();
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray deepHtml(int depth)
{
    return "<!DOCTYPE html><html><body><p>before</p>" + repeated("<div>", depth) + "deep" + repeated("</div>", depth) +
           "<p>after the deep part</p></body></html>";
}

// The importer's message when it refuses @p bytes, or "" when it accepts them; a crash ends the test binary.
QString refusal(const char* format, const QByteArray& bytes, const QString& name)
{
    const Importer* importer = ImporterRegistry::instance().byFormat(QLatin1String(format));
    REQUIRE(importer);
    try {
        importer->read(bytes, name, {});
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

}  // namespace

TEST_CASE("a DOCX with <w:ins> nested 60,000 deep is refused with a message naming it, not a crash")
{
    const QByteArray bytes = deepDocx(60000);
    CHECK(bytes.size() < 20000);  // small on disk: deflate packs the repetition
    const QString message = refusal("docx", bytes, QStringLiteral("/tmp/x/nested.docx"));
    CHECK(message.startsWith(QStringLiteral("nested.docx (word/document.xml): elements are nested more than 512")));
}

TEST_CASE("an ODT with <text:section> nested 100,000 deep is refused with a message naming it, not a crash")
{
    const QString flat = refusal("odt", deepOdtXml(100000, "office:document"), QStringLiteral("sections.fodt"));
    CHECK(flat.startsWith(QStringLiteral("sections.fodt: elements are nested more than 512")));
    const QString zipped = refusal("odt", deepOdt(30000), QStringLiteral("sections.odt"));
    CHECK(zipped.startsWith(QStringLiteral("sections.odt (content.xml): elements are nested more than 512")));
}

TEST_CASE("ordinary nesting still imports: 100 nested sections in an ODT, 100 nested insertions in a DOCX")
{
    const SourceDraft odt = ImporterRegistry::instance().byFormat(QStringLiteral("odt"))->read(deepOdt(100), QStringLiteral("s.odt"), {});
    CHECK(odt.text == QStringLiteral("deep\n\nafter"));
    const SourceDraft docx = ImporterRegistry::instance().byFormat(QStringLiteral("docx"))->read(deepDocx(100), QStringLiteral("s.docx"), {});
    CHECK(docx.text == QStringLiteral("deep\n\nafter"));
}

TEST_CASE("HTML nested deeper than libxml2's 256 levels is imported whole, not cut at the deep part")
{
    for (const int depth : {300, 5000, 100000}) {
        CAPTURE(depth);
        const SourceDraft d =
            ImporterRegistry::instance().byFormat(QStringLiteral("html"))->read(deepHtml(depth), QStringLiteral("deep.html"), {});
        CHECK(d.text == QStringLiteral("before\n\ndeep\n\nafter the deep part"));
    }
}

TEST_CASE("thema-cli import --keep-going reports a hostile file by name and imports the rest of the batch")
{
    const QString dir = test::tempDir();
    const QString project = dir + QStringLiteral("/p.thema");
    REQUIRE(test::runCli({QStringLiteral("init"), project}).code == 0);

    const QString docx = writeFile(dir + QStringLiteral("/nested.docx"), deepDocx(60000));
    const QString odt = writeFile(dir + QStringLiteral("/sections.fodt"), deepOdtXml(100000, "office:document"));
    const QString good = writeFile(dir + QStringLiteral("/good.txt"), "I: Hello.\nP: Fine, thanks.\n");
    const test::CliRun r = test::runCli({QStringLiteral("import"), QStringLiteral("--keep-going"), project, docx, odt, good});
    const QString& out = r.out;
    const QString& err = r.err;
    CAPTURE(out);
    CAPTURE(err);
    CHECK(r.code == 1);  // something failed, and it was reported
    CHECK(err.contains(QStringLiteral("failed: nested.docx (word/document.xml): elements are nested more than 512")));
    CHECK(err.contains(QStringLiteral("failed: sections.fodt: elements are nested more than 512")));
    CHECK(out.contains(QStringLiteral("Imported \"good\"")));
}
