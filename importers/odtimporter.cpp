#include "odtimporter.h"

#include "model/error.h"
#include "odtbody.h"
#include "richtextdraft.h"
#include "xmlelementstream.h"
#include "xmlparse.h"
#include "ziparchive.h"

#include <QFileInfo>

namespace thema {
namespace {

constexpr const char* kTextMime = "application/vnd.oasis.opendocument.text";

bool isFlatOdt(const QByteArray& head)
{
    return !ZipArchive::looksLikeZip(head) && head.contains("<office:document") &&
           head.contains("office:mimetype=\"application/vnd.oasis.opendocument.text");
}

constexpr unsigned kFlags = pugi::parse_default | pugi::parse_ws_pcdata;  // ODF collapses white space itself

// Reads office:text one block (paragraph, list, table, …) at a time as content.xml inflates; throws
// XmlElementStream::Unstreamable for what the stream does not read (see there); zip errors go up as they are.
void streamText(const ZipArchive& zip, const QString& fileName, RichTextDraft& rich)
{
    OdtBodyReader reader(rich);
    XmlElementStream stream(kMaxXmlDepth - 1);
    stream.onRoot = [](const QByteArray&) { return QList<std::string>{"office:body", "office:text"}; };
    const QString entry = QStringLiteral("content.xml");
    stream.onElement = [&](const QByteArray& element) { reader.readBlocks(parseStreamedXml(element, fileName, entry, kFlags)); };
    zip.readChunks(entry, true, [&](const char* bytes, qsizetype size, qint64) { stream.feed(bytes, size); });
    stream.finish();
    parseStreamedXml(stream.skeleton(), fileName, entry, kFlags);  // what lies around office:text is well-formed too
    rich.endParagraph();
    reader.finish();
}

}  // namespace

QStringList OdtImporter::extensions() const
{
    return {QStringLiteral("odt"), QStringLiteral("ott"), QStringLiteral("fodt")};
}

int OdtImporter::sniff(const QByteArray& head, const QString&) const
{
    // ODF packages store an uncompressed "mimetype" entry first, so its content sits at byte 38.
    if (ZipArchive::looksLikeZip(head) && head.mid(30, 8) == "mimetype" && head.mid(38).startsWith(kTextMime))
        return 100;
    return isFlatOdt(head) ? 100 : 0;
}

SourceDraft OdtImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    return streamedOrWhole([&] { return read(bytes, fileName, options, true); },
                           [&] { return read(bytes, fileName, options, false); });
}

SourceDraft OdtImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                              bool stream) const
{
    const QString name = QFileInfo(fileName).fileName();
    pugi::xml_document doc;
    const unsigned flags = kFlags;
    if (ZipArchive::looksLikeZip(bytes)) {
        const ZipArchive zip = ZipArchive::fromBytes(bytes, name);
        if (zip.contains(QStringLiteral("mimetype"))) {
            const QByteArray mime = zip.read(QStringLiteral("mimetype")).trimmed();
            if (!mime.startsWith(kTextMime))
                throw Error(QStringLiteral("%1: not an OpenDocument text: it is %2; save it as .odt or .docx first")
                                .arg(name, QString::fromUtf8(mime)));
        }
        if (!zip.contains(QStringLiteral("content.xml"))) {
            if (zip.contains(QStringLiteral("word/document.xml"), false))
                throw Error(QStringLiteral("%1: not an OpenDocument text: it is a Word document; rename it to .docx").arg(name));
            throw Error(QStringLiteral("%1: not an OpenDocument text: the archive has no content.xml").arg(name));
        }
        if (stream) {
            RichTextDraft rich;
            streamText(zip, name, rich);
            SourceDraft draft = rich.finish(options);
            draft.format = format();
            return draft;
        }
        doc = parseXml(zip.read(QStringLiteral("content.xml")), name, QStringLiteral("content.xml"), flags);
    } else {
        doc = parseXml(bytes, name, {}, flags);  // flat XML (.fodt)
    }
    const pugi::xml_node text = doc.document_element().child("office:body").child("office:text");
    if (!text)
        throw Error(QStringLiteral("%1: not an OpenDocument text: no office:text in its content").arg(name));

    RichTextDraft rich;
    {
        OdtBodyReader reader(rich);
        reader.readBlocks(text);
        rich.endParagraph();
        reader.finish();
    }
    doc.reset();  // the XML tree is several times the text: gone before the text is laid out
    SourceDraft draft = rich.finish(options);
    draft.format = format();
    return draft;
}

}  // namespace thema
