// libFuzzer target for deep nesting (issue 19): the input chooses a format, a depth (up to 65,535) and a cycle of
// container elements; the target builds that document (DOCX, ODT, flat ODT, HTML or RTF) with some text at the
// bottom and after it, and reads it with the format's importer. A refusal must be thema::Error; a stack
// overflow, another exception or a sanitizer report is a finding.
#include "importerregistry.h"
#include "model/error.h"
#include "zipwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <array>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

struct Wrapper {
    const char* open;
    const char* close;
};

// Containers the readers descend into (block and inline), per format.
const std::vector<Wrapper> kDocx = {
    {"<w:ins w:id=\"1\" w:author=\"a\">", "</w:ins>"}, {"<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"},
    {"<w:hyperlink>", "</w:hyperlink>"},               {"<w:smartTag>", "</w:smartTag>"},
    {"<w:customXml>", "</w:customXml>"},               {"<w:fldSimple w:instr=\"X\">", "</w:fldSimple>"},
    {"<w:moveTo>", "</w:moveTo>"},                     {"<w:del>", "</w:del>"},
    {"<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"}, {"<w:p>", "</w:p>"},
    {"<w:r>", "</w:r>"},                               {"<mc:AlternateContent><mc:Choice>", "</mc:Choice></mc:AlternateContent>"},
};
const std::vector<Wrapper> kOdt = {
    {"<text:section>", "</text:section>"},        {"<text:list><text:list-item>", "</text:list-item></text:list>"},
    {"<text:span>", "</text:span>"},              {"<text:a>", "</text:a>"},
    {"<text:p>", "</text:p>"},                    {"<table:table><table:table-row><table:table-cell>", "</table:table-cell></table:table-row></table:table>"},
    {"<draw:frame><draw:text-box>", "</draw:text-box></draw:frame>"}, {"<text:note><text:note-body>", "</text:note-body></text:note>"},
    {"<office:annotation>", "</office:annotation>"}, {"<text:meta>", "</text:meta>"},
};
const std::vector<Wrapper> kHtml = {
    {"<div>", "</div>"}, {"<span>", "</span>"}, {"<b>", "</b>"},   {"<table><tr><td>", "</td></tr></table>"},
    {"<pre>", "</pre>"}, {"<ul><li>", "</li></ul>"}, {"<p>", "</p>"}, {"<blockquote>", "</blockquote>"},
};
const std::vector<Wrapper> kRtf = {{"{", "}"}, {"{\\b ", "}"}, {"{\\*\\comment ", "}"}, {"{\\footnote ", "}"}, {"{\\par ", "}"}};

QByteArray nest(const std::vector<Wrapper>& wrappers, const QByteArray& cycle, int depth, const QByteArray& inner)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += wrappers[uint8_t(cycle[i % cycle.size()]) % wrappers.size()].open;
    out += inner;
    for (int i = depth - 1; i >= 0; --i)
        out += wrappers[uint8_t(cycle[i % cycle.size()]) % wrappers.size()].close;
    return out;
}

QByteArray xmlText(const QByteArray& raw)
{
    QByteArray out;
    for (const char c : raw) {
        if (c == '<')
            out += "&lt;";
        else if (c == '&')
            out += "&amp;";
        else if (c == '>')
            out += "&gt;";
        else if (uint8_t(c) >= 0x20 && uint8_t(c) < 0x7F)
            out += c;
    }
    return out;
}

QByteArray zipped(const QString& name, const QList<std::pair<QString, QByteArray>>& entries)
{
    static const QString dir = QDir::tempPath();
    const QString path = dir + QStringLiteral("/thema-fuzz-nesting-%1-%2").arg(QCoreApplication::applicationPid()).arg(name);
    thema::ZipWriter zip(path);
    for (const auto& [entry, bytes] : entries)
        zip.add(entry, bytes);
    zip.commit();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        std::abort();
    const QByteArray bytes = f.readAll();
    f.remove();
    return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 5)
        return 0;
    const int format = data[0] % 5;
    const int depth = (data[1] << 8) | data[2];
    const int cycleLength = 1 + data[3] % 8;
    if (size < size_t(4 + cycleLength))
        return 0;
    const QByteArray cycle(reinterpret_cast<const char*>(data + 4), cycleLength);
    const QByteArray text = QByteArray(reinterpret_cast<const char*>(data + 4 + cycleLength), qsizetype(size - 4 - cycleLength)).left(200);
    const QByteArray words = "deep " + xmlText(text);

    QByteArray bytes;
    QString name;
    const char* formatName = "";
    switch (format) {
    case 0: {
        const QByteArray body = nest(kDocx, cycle, depth, "<w:r><w:t>" + words + "</w:t></w:r>");
        const QByteArray document =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
            "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body><w:p>" +
            body + "</w:p><w:p><w:r><w:t>after</w:t></w:r></w:p></w:body></w:document>";
        bytes = zipped(QStringLiteral("d.docx"), {{QStringLiteral("[Content_Types].xml"), "<Types/>"}, {QStringLiteral("word/document.xml"), document}});
        name = QStringLiteral("fuzz.docx");
        formatName = "docx";
        break;
    }
    case 1:
    case 2: {
        const QByteArray ns =
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"";
        const QByteArray body = "<office:body><office:text>" + nest(kOdt, cycle, depth, "<text:p>" + words + "</text:p>") +
                                "<text:p>after</text:p></office:text></office:body>";
        if (format == 1) {
            bytes = zipped(QStringLiteral("o.odt"), {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                                                     {QStringLiteral("content.xml"), "<?xml version=\"1.0\"?><office:document-content " + ns + ">" + body + "</office:document-content>"}});
            name = QStringLiteral("fuzz.odt");
        } else {
            bytes = "<?xml version=\"1.0\"?><office:document " + ns + " office:mimetype=\"application/vnd.oasis.opendocument.text\">" +
                    body + "</office:document>";
            name = QStringLiteral("fuzz.fodt");
        }
        formatName = "odt";
        break;
    }
    case 3:
        bytes = "<!DOCTYPE html><html><body>" + nest(kHtml, cycle, depth, words) + "<p>after</p></body></html>";
        name = QStringLiteral("fuzz.html");
        formatName = "html";
        break;
    default:
        bytes = "{\\rtf1\\ansi " + nest(kRtf, cycle, depth, words) + "\\par after}";
        name = QStringLiteral("fuzz.rtf");
        formatName = "rtf";
        break;
    }
    const thema::Importer* importer = thema::ImporterRegistry::instance().byFormat(QLatin1String(formatName));
    if (!importer)
        std::abort();
    try {
        importer->read(bytes, name, {});
    } catch (const thema::Error&) {
        // refused with a message: the contract
    }
    return 0;
}
