// The streamed readers (issue 19, memory): XmlElementStream cuts a part into the container's child elements however
// the bytes arrive, and the DOCX and ODT importers read a body that way with the same result as the whole tree;
// what the stream cannot cut (UTF-16, a DOCTYPE, damaged XML) goes to the whole-tree reader.
#include "docximporter.h"
#include "odtimporter.h"
#include "officetest.h"
#include "xmlelementstream.h"
#include "zipbuilder.h"

#include <doctest/doctest.h>

#include <QStringDecoder>
#include <QStringEncoder>

using namespace thema;
using namespace thema::test;

namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

struct Cut {
    QList<QByteArray> elements;
    QByteArray rootTag, skeleton;
};

// Feeds @p xml in pieces of @p piece bytes and collects what the stream hands out.
Cut cut(const QByteArray& xml, qsizetype piece, QList<std::string> path)
{
    Cut result;
    XmlElementStream stream(100);
    stream.onRoot = [&](const QByteArray& tag) {
        result.rootTag = tag;
        return path;
    };
    stream.onElement = [&](const QByteArray& element) { result.elements.append(element); };
    for (qsizetype i = 0; i < xml.size(); i += piece)
        stream.feed(xml.constData() + i, qMin(piece, xml.size() - i));
    stream.finish();
    result.skeleton = stream.skeleton();
    return result;
}

QByteArray docx(const QByteArray& documentXml)
{
    return buildZip({{QStringLiteral("word/document.xml"), documentXml, {}}});
}

}  // namespace

TEST_CASE("XmlElementStream: the container's children whole, in order, however the input is cut")
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- <w:p>not an element</w:p> -->"
                           "<w:document a=\"x>y\"><w:background/><w:body>\n"
                           "<w:p><w:r><w:t>one &amp; <![CDATA[<two>]]></w:t></w:r></w:p>\n"
                           "<w:p/><?pi <w:p>?><w:tbl b='>'><w:tr/></w:tbl >\n"
                           "</w:body><w:body><w:p>second body, not read</w:p></w:body></w:document>\n";
    for (const qsizetype piece : {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(64), xml.size()}) {
        CAPTURE(piece);
        const Cut c = cut(xml, piece, {"w:body"});
        CHECK(c.rootTag == "<w:document a=\"x>y\"/>");
        REQUIRE(c.elements.size() == 3);
        CHECK(c.elements[0] == "<w:p><w:r><w:t>one &amp; <![CDATA[<two>]]></w:t></w:r></w:p>");
        CHECK(c.elements[1] == "<w:p/>");
        CHECK(c.elements[2] == "<w:tbl b='>'><w:tr/></w:tbl >");
        CHECK(c.skeleton == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- <w:p>not an element</w:p> -->"
                            "<w:document a=\"x>y\"><w:background/><w:body>\n\n<?pi <w:p>?>\n"
                            "</w:body><w:body><w:p>second body, not read</w:p></w:body></w:document>\n");
    }
    // A path of two steps, each the first child of that name.
    const Cut odt = cut("<r><a><x/></a><b><c><p>1</p></c><c><p>2</p></c></b></r>", 2, {"b", "c"});
    CHECK(odt.elements == QList<QByteArray>{"<p>1</p>"});
}

TEST_CASE("XmlElementStream: what it cannot cut safely is refused, for the whole-tree reader")
{
    auto refused = [](const QByteArray& xml) {
        try {
            cut(xml, 5, {"body"});
        } catch (const XmlElementStream::Unstreamable&) {
            return true;
        }
        return false;
    };
    CHECK(refused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><doc><body/></doc>"));
    CHECK(refused("<!DOCTYPE doc [<!ENTITY e \"x\">]><doc><body><p>&e;</p></body></doc>"));
    CHECK(refused(QByteArray("\xff\xfe<\0d\0", 6)));
    CHECK(refused("<doc><body><p>open</q></body></doc>"));   // end tag does not match
    CHECK(refused("<doc><body><p>cut short</p>"));          // ends inside the body
    CHECK(refused("<doc><text/></doc>"));                   // no container
    CHECK(refused("<doc><body>" + QByteArray("<i>").repeated(101) + "</body></doc>"));  // deeper than allowed
    CHECK_FALSE(refused("<doc><body/></doc>"));  // an empty body is fine
    // Markup that never ends within 1 MiB is not scanned again and again as pieces arrive (that would be quadratic).
    const QByteArray comment = "<doc><body><!--" + QByteArray(3 << 20, 'c') + "--></body></doc>";
    bool refusedLong = false;
    try {
        cut(comment, 64 * 1024, {"body"});
    } catch (const XmlElementStream::Unstreamable&) {
        refusedLong = true;
    }
    CHECK(refusedLong);
}

TEST_CASE("DOCX streamed: state that crosses paragraphs (a deleted paragraph mark, comments, notes) as in the tree")
{
    const QByteArray body = QByteArray("<w:document ") + kW + "><w:body>"
        "<w:p><w:r><w:t xml:space=\"preserve\">P1: joined </w:t></w:r><w:pPr><w:rPr><w:del/></w:rPr></w:pPr></w:p>"
        "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>with</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
        "<w:r><w:t xml:space=\"preserve\"> the next</w:t></w:r></w:p>"
        "<!-- a comment between paragraphs -->\n"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>P2: after</w:t><w:tab/><w:t>a tab</w:t></w:r></w:p><w:sectPr/></w:body></w:document>";
    const QByteArray comments = QByteArray("<w:comments ") + kW + "><w:comment w:id=\"0\" w:author=\"Ann\">"
                                "<w:p><w:r><w:t>a remark</w:t></w:r></w:p></w:comment></w:comments>";
    const QByteArray bytes = buildZip({{QStringLiteral("word/document.xml"), body, {}},
                                       {QStringLiteral("word/comments.xml"), comments, {}}});
    const SourceDraft d = DocxImporter().read(bytes, QStringLiteral("s.docx"), {});
    CHECK(d.text.toStdString() == "joined with the next\ncell\n\nafter\ta tab");  // P1 goes on in the table
    REQUIRE(d.memos.size() == 1);
    CHECK(d.memos[0].text == QStringLiteral("a remark"));
    CHECK(d.memos[0].author == QStringLiteral("Ann"));
    REQUIRE(d.memos[0].anchor.has_value());
    CHECK(spanText(d, *d.memos[0].anchor) == QStringLiteral("with"));

    // The same document in UTF-16 is read as one tree: same text, same memo.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray wide = utf16.encode(QString::fromUtf8(body));
    const SourceDraft w = DocxImporter().read(buildZip({{QStringLiteral("word/document.xml"), wide, {}},
                                                        {QStringLiteral("word/comments.xml"), comments, {}}}),
                                              QStringLiteral("w.docx"), {});
    CHECK(w.text == d.text);
    REQUIRE(w.memos.size() == 1);
    CHECK(spanText(w, *w.memos[0].anchor) == QStringLiteral("with"));
}

TEST_CASE("DOCX and ODT streamed: damaged or foreign parts still get the whole-tree reader's message")
{
    const QString malformed = errorOf([] {
        DocxImporter().read(docx(QByteArray("<w:document ") + kW + "><w:body><w:p><w:r><w:t>x</w:r></w:p></w:body></w:document>"),
                            QStringLiteral("bad.docx"), {});
    });
    CHECK(malformed.startsWith(QStringLiteral("bad.docx (word/document.xml): malformed XML at byte ")));
    const QString noBody = errorOf([] {
        DocxImporter().read(docx(QByteArray("<w:document ") + kW + "><w:p/></w:document>"), QStringLiteral("nb.docx"), {});
    });
    CHECK(noBody == QStringLiteral("nb.docx: not a Word document: word/document.xml has no document body"));
    const QString afterBody = errorOf([] {
        DocxImporter().read(docx(QByteArray("<w:document ") + kW + "><w:body><w:p/></w:body><x a=1/></w:document>"),
                            QStringLiteral("tail.docx"), {});
    });
    CHECK(afterBody.startsWith(QStringLiteral("tail.docx (word/document.xml): malformed XML at byte ")));

    const QByteArray content = "<office:document-content><office:body><office:text><text:p>Hi</text:p>"
                               "<text:p>there</text:p></office:text></office:body></office:document-content>";
    const QByteArray odt = buildZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", {}},
                                     {QStringLiteral("content.xml"), content, {}}});
    CHECK(OdtImporter().read(odt, QStringLiteral("a.odt"), {}).text.toStdString() == "Hi\n\nthere");
    const QByteArray broken = buildZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", {}},
                                        {QStringLiteral("content.xml"), content.left(content.size() - 20), {}}});
    CHECK(errorOf([&] { OdtImporter().read(broken, QStringLiteral("b.odt"), {}); })
              .startsWith(QStringLiteral("b.odt (content.xml): malformed XML at byte ")));
}
