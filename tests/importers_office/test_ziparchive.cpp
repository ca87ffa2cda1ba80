#include "model/error.h"
#include "shared.h"
#include "xmlparse.h"
#include "ziparchive.h"
#include "zipbuilder.h"

#include <doctest/doctest.h>

#include <functional>

using namespace thema;
using thema::test::buildZip;

namespace {

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

}  // namespace

TEST_CASE("ZipArchive reads entries by name, case-insensitively on request")
{
    const QByteArray bytes = buildZip({{QStringLiteral("word/document.xml"), "<doc/>", {}},
                                       {QStringLiteral("[Content_Types].xml"), "<Types/>", {}}});
    const ZipArchive zip = ZipArchive::fromBytes(bytes, QStringLiteral("a.docx"));
    CHECK(zip.entries() == QStringList{QStringLiteral("word/document.xml"), QStringLiteral("[Content_Types].xml")});
    CHECK(zip.read(QStringLiteral("word/document.xml")) == "<doc/>");
    CHECK(zip.read(QStringLiteral("WORD/Document.XML"), false) == "<doc/>");
    CHECK_FALSE(zip.contains(QStringLiteral("WORD/Document.XML")));
    const QString missing = errorOf([&] { zip.read(QStringLiteral("word/styles.xml")); });
    CHECK(missing.contains(QStringLiteral("a.docx")));
    CHECK(missing.contains(QStringLiteral("no entry \"word/styles.xml\"")));
}

TEST_CASE("ZipArchive refuses a zip bomb by ratio, entry size and total size")
{
    const QByteArray zeros(8 << 20, '\0');  // 8 MiB of zeros deflate to a few KiB: over 200:1
    const QByteArray bomb = buildZip({{QStringLiteral("word/document.xml"), zeros, {}}});
    CHECK(bomb.size() < 100 * 1024);
    const ZipArchive zip = ZipArchive::fromBytes(bomb, QStringLiteral("bomb.docx"));
    const QString ratio = errorOf([&] { zip.read(QStringLiteral("word/document.xml")); });
    CHECK(ratio.startsWith(QStringLiteral("bomb.docx: ")));
    CHECK(ratio.contains(QStringLiteral("expands more than 200 times")));

    ZipLimits small;
    small.maxEntryBytes = 1 << 20;
    const ZipArchive limited = ZipArchive::fromBytes(bomb, QStringLiteral("bomb.docx"), small);
    CHECK(errorOf([&] { limited.read(QStringLiteral("word/document.xml")); }).contains(QStringLiteral("larger than 1 MiB")));

    // Many entries, each harmless, that together pass the total limit.
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += QByteArray::number(i * 7919) + ' ';
    const QByteArray many = buildZip({{QStringLiteral("a.xml"), text, {}}, {QStringLiteral("b.xml"), text, {}},
                                      {QStringLiteral("c.xml"), text, {}}});
    ZipLimits total;
    total.maxTotalBytes = text.size() * 2 + 10;
    const ZipArchive parts = ZipArchive::fromBytes(many, QStringLiteral("parts.odt"), total);
    CHECK(parts.read(QStringLiteral("a.xml")) == text);
    CHECK(parts.read(QStringLiteral("b.xml")) == text);
    CHECK(errorOf([&] { parts.read(QStringLiteral("c.xml")); }).contains(QStringLiteral("expands to more than")));
}

TEST_CASE("ZipArchive refuses entry paths that leave the archive")
{
    for (const QString& name : {QStringLiteral("../evil.txt"), QStringLiteral("word/../../evil.txt"),
                                QStringLiteral("/etc/passwd"), QStringLiteral("..\\evil.txt"), QStringLiteral("C:/x.txt")}) {
        CAPTURE(name);
        const QByteArray bytes = buildZip({{QStringLiteral("word/document.xml"), "<doc/>", {}}, {name, "x", {}}});
        const QString message = errorOf([&] { ZipArchive::fromBytes(bytes, QStringLiteral("trav.qdpx")); });
        CHECK(message.startsWith(QStringLiteral("trav.qdpx: unsafe zip archive: ")));
    }
    // ".." inside a name is not a path component.
    const QByteArray fine = buildZip({{QStringLiteral("notes..txt"), "x", {}}});
    CHECK(ZipArchive::fromBytes(fine, QStringLiteral("ok.zip")).read(QStringLiteral("notes..txt")) == "x");
}

TEST_CASE("ZipArchive reports encrypted entries and non-zip input")
{
    const QByteArray bytes = buildZip({{QStringLiteral("content.xml"), "<secret/>", "pw"}});
    const ZipArchive zip = ZipArchive::fromBytes(bytes, QStringLiteral("locked.odt"));
    CHECK(errorOf([&] { zip.read(QStringLiteral("content.xml")); }).contains(QStringLiteral("password-protected")));
    CHECK(errorOf([] { ZipArchive::fromBytes("just text, not a zip", QStringLiteral("t.docx")); }) ==
          QStringLiteral("t.docx: not a zip archive"));
    QByteArray truncated = buildZip({{QStringLiteral("a.xml"), QByteArray(5000, 'a'), {}}});
    truncated.chop(30);
    CHECK(errorOf([&] { ZipArchive::fromBytes(truncated, QStringLiteral("cut.docx")); }).startsWith(QStringLiteral("cut.docx: ")));
}

TEST_CASE("parseXml accepts a BOM, skips a DOCTYPE, refuses entity declarations and names the error position")
{
    auto doc = parseXml(QByteArray("\xEF\xBB\xBF<r><t xml:space=\"preserve\"> </t></r>"), QStringLiteral("f.docx"),
                        QStringLiteral("word/document.xml"));
    CHECK(QString::fromUtf8(doc.child("r").child("t").text().get()) == QStringLiteral(" "));
    auto withDoctype = parseXml("<!DOCTYPE r SYSTEM \"http://example.com/r.dtd\"><r>&amp;</r>", QStringLiteral("f"));
    CHECK(QString::fromUtf8(withDoctype.child("r").text().get()) == QStringLiteral("&"));

    const QString laughs = errorOf([] {
        parseXml("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><r>&b;</r>",
                 QStringLiteral("f.odt"), QStringLiteral("content.xml"));
    });
    CHECK(laughs == QStringLiteral("f.odt (content.xml): the XML declares entities in a DOCTYPE; refusing it"));
    const QString bad = errorOf([] { parseXml("<r>\n<a></b></r>", QStringLiteral("f.odt"), QStringLiteral("content.xml")); });
    CHECK(bad.startsWith(QStringLiteral("f.odt (content.xml): malformed XML at byte ")));
    CHECK(bad.contains(QStringLiteral("line 2")));
}
