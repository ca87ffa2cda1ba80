#include "docximporter.h"

#include "docxbody.h"
#include "model/error.h"
#include "richtextdraft.h"
#include "xmlelementstream.h"
#include "xmlparse.h"
#include "ziparchive.h"

#include <QFileInfo>

#include <optional>

namespace thema {
namespace {

QString displayName(const QString& fileName)
{
    return QFileInfo(fileName).fileName();
}

// Resolves an OPC relationship target against the folder of the part that holds the relationship.
QString resolveTarget(const QString& baseDir, QString target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = baseDir.isEmpty() ? QStringList() : baseDir.split(QLatin1Char('/'));
    for (const QString& piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (!piece.isEmpty() && piece != QLatin1String("."))
            parts.append(piece);
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// Relationship targets by type suffix ("/officeDocument", "/footnotes", …) from a .rels part, or empty.
QHash<QString, QString> relationships(const ZipArchive& zip, const QString& relsPart, const QString& baseDir,
                                      const QString& fileName)
{
    QHash<QString, QString> result;
    if (!zip.contains(relsPart, false))
        return result;
    const pugi::xml_document doc = parseXml(zip.read(relsPart, false), fileName, relsPart);
    for (const pugi::xml_node& rel : doc.document_element().children()) {
        if (std::string_view(localName(rel)) != "Relationship" ||
            std::string_view(rel.attribute("TargetMode").value()) == "External")
            continue;
        const QString type = QString::fromUtf8(rel.attribute("Type").value());
        const QString suffix = type.mid(type.lastIndexOf(QLatin1Char('/')));
        if (!result.contains(suffix))
            result.insert(suffix, resolveTarget(baseDir, QString::fromUtf8(rel.attribute("Target").value())));
    }
    return result;
}

std::unique_ptr<DocxPart> readPart(const ZipArchive& zip, const QString& name, const char* element,
                                   const QString& fileName)
{
    if (name.isEmpty() || !zip.contains(name, false))
        return nullptr;
    auto part = std::make_unique<DocxPart>();
    part->doc = parseXml(zip.read(name, false), fileName, name);
    part->names = DocxNames::of(part->doc.document_element());
    for (const pugi::xml_node& n : part->doc.document_element().children()) {
        if (!part->names.isW(n, element))
            continue;
        const std::string_view type = part->names.attr(n, "type");
        if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice")
            continue;
        const QString id = QString::fromUtf8(part->names.attr(n, "id"));
        part->byId.insert(id, n);
        part->order.append(id);
    }
    return part;
}

// Reads the body of @p mainPart one top-level block (paragraph, table, …) at a time as it inflates, so neither
// the part nor its tree is ever in memory whole. Throws XmlElementStream::Unstreamable for whatever the stream
// does not read (UTF-16, a DOCTYPE, malformed or too deep XML, no w:document/w:body); zip errors go up as they are.
constexpr unsigned kDocxXml = pugi::parse_default | pugi::parse_ws_pcdata_single;  // parseXml's default

void streamBody(const ZipArchive& zip, const QString& mainPart, const QString& fileName, RichTextDraft& rich,
                const DocxPart* footnotes, const DocxPart* endnotes, const DocxPart* comments)
{
    std::optional<DocxBodyReader> reader;
    XmlElementStream stream(kMaxXmlDepth - 1);
    stream.onRoot = [&](const QByteArray& tag) -> QList<std::string> {
        const pugi::xml_document root = parseStreamedXml(tag, fileName, mainPart, kDocxXml);
        if (std::string_view(localName(root.document_element())) != "document")
            return {};
        const DocxNames names = DocxNames::of(root.document_element());
        reader.emplace(rich, names, footnotes, endnotes);
        return {names.w + "body"};
    };
    stream.onElement = [&](const QByteArray& element) {
        reader->readBlocks(parseStreamedXml(element, fileName, mainPart, kDocxXml));
    };
    zip.readChunks(mainPart, false, [&](const char* bytes, qsizetype size, qint64) { stream.feed(bytes, size); });
    stream.finish();
    parseStreamedXml(stream.skeleton(), fileName, mainPart, kDocxXml);  // what lies around the body is well-formed too
    rich.endParagraph();
    reader->addUnreferencedNotes();
    if (comments)
        reader->addComments(*comments);
}

}  // namespace

QStringList DocxImporter::extensions() const
{
    return {QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("dotx"), QStringLiteral("dotm")};
}

int DocxImporter::sniff(const QByteArray& head, const QString&) const
{
    if (!ZipArchive::looksLikeZip(head))
        return 0;
    if (head.contains("word/") || head.contains("[Content_Types].xml"))
        return head.contains("mimetypeapplication/vnd.oasis") ? 0 : 100;
    return 10;
}

SourceDraft DocxImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    return streamedOrWhole([&] { return read(bytes, fileName, options, true); },
                           [&] { return read(bytes, fileName, options, false); });
}

SourceDraft DocxImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options,
                               bool stream) const
{
    const QString name = displayName(fileName);
    if (!ZipArchive::looksLikeZip(bytes))
        throw Error(QStringLiteral("%1: not a Word document: the file is not a zip package (.docx files are)").arg(name));
    const ZipArchive zip = ZipArchive::fromBytes(bytes, name);
    if (zip.entries().isEmpty())
        throw Error(QStringLiteral("%1: not a Word document: the zip archive is empty").arg(name));

    QString mainPart = relationships(zip, QStringLiteral("_rels/.rels"), {}, name).value(QStringLiteral("/officeDocument"));
    if (mainPart.isEmpty() || !zip.contains(mainPart, false))
        mainPart = QStringLiteral("word/document.xml");
    if (!zip.contains(mainPart, false)) {
        if (zip.contains(QStringLiteral("content.xml")))
            throw Error(QStringLiteral("%1: not a Word document: it is an OpenDocument file; rename it to .odt").arg(name));
        throw Error(QStringLiteral("%1: not a Word document: the zip archive has no word/document.xml (%2 entries: %3)")
                        .arg(name)
                        .arg(zip.entries().size())
                        .arg(zip.entries().mid(0, 5).join(QStringLiteral(", "))));
    }
    const QString dir = folderOf(mainPart);
    const QString relsName = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/") +
                             mainPart.mid(mainPart.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral(".rels");
    const QHash<QString, QString> rels = relationships(zip, relsName, dir, name);
    auto partName = [&](const char* type, const char* fallback) {
        const QString found = rels.value(QLatin1String(type));
        return found.isEmpty() ? QString::fromLatin1(fallback) : found;
    };
    RichTextDraft rich;
    {  // the XML trees are several times the text: gone before the text is laid out
        const auto footnotes = readPart(zip, partName("/footnotes", "word/footnotes.xml"), "footnote", name);
        const auto endnotes = readPart(zip, partName("/endnotes", "word/endnotes.xml"), "endnote", name);
        const auto comments = readPart(zip, partName("/comments", "word/comments.xml"), "comment", name);
        if (stream) {
            streamBody(zip, mainPart, name, rich, footnotes.get(), endnotes.get(), comments.get());
        } else {
            const pugi::xml_document doc = parseXml(zip.read(mainPart, false), name, mainPart);
            const pugi::xml_node root = doc.document_element();
            const DocxNames names = DocxNames::of(root);
            const pugi::xml_node body = root.child((names.w + "body").c_str());
            if (std::string_view(localName(root)) != "document" || !body)
                throw Error(QStringLiteral("%1: not a Word document: %2 has no document body").arg(name, mainPart));

            DocxBodyReader reader(rich, names, footnotes.get(), endnotes.get());
            reader.readBlocks(body);
            rich.endParagraph();
            reader.addUnreferencedNotes();
            if (comments)
                reader.addComments(*comments);
        }
    }
    SourceDraft draft = rich.finish(options);
    draft.format = format();
    return draft;
}

}  // namespace thema
