#include "xmlparse.h"

#include "model/error.h"

namespace thema {
namespace {

QString where(const QString& fileName, const QString& entry)
{
    return entry.isEmpty() ? fileName : QStringLiteral("%1 (%2)").arg(fileName, entry);
}

// True when a DOCTYPE before the root element has an internal subset declaring entities.
bool declaresEntities(const QByteArray& bytes)
{
    const qsizetype doctype = bytes.indexOf("<!DOCTYPE");
    if (doctype < 0)
        return false;
    // Only the prolog matters: the DOCTYPE must come before the first element.
    qsizetype firstElement = -1;
    for (qsizetype i = bytes.indexOf('<'); i >= 0 && i + 1 < bytes.size(); i = bytes.indexOf('<', i + 1)) {
        const char c = bytes[i + 1];
        if (c != '?' && c != '!') {
            firstElement = i;
            break;
        }
    }
    const QByteArray prolog = firstElement < 0 ? bytes : bytes.left(firstElement);
    return prolog.indexOf("<!ENTITY", doctype) >= 0;
}

// How deep nodes nest below @p root (its children are at level 1), walked without recursion; stops past @p limit.
int nestingDepth(const pugi::xml_node& root, int limit)
{
    int depth = 1;
    int deepest = 0;
    pugi::xml_node n = root.first_child();
    while (n) {
        deepest = qMax(deepest, depth);
        if (deepest > limit)
            break;
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (!n.next_sibling()) {
            n = n.parent();
            --depth;
            if (n == root)
                return deepest;
        }
        n = n.next_sibling();
    }
    return deepest;
}

}  // namespace

pugi::xml_document parseXml(const QByteArray& bytes, const QString& fileName, const QString& entry, unsigned options)
{
    options &= ~unsigned(pugi::parse_doctype);  // never keep or interpret a DOCTYPE
    if (declaresEntities(bytes))
        throw Error(QStringLiteral("%1: the XML declares entities in a DOCTYPE; refusing it").arg(where(fileName, entry)));
    pugi::xml_document doc;
    const pugi::xml_parse_result result =
        doc.load_buffer(bytes.constData(), size_t(bytes.size()), options, pugi::encoding_auto);
    if (!result) {
        const qsizetype offset = qsizetype(result.offset);
        const qsizetype line = bytes.left(offset).count('\n') + 1;
        throw Error(QStringLiteral("%1: malformed XML at byte %2 (line %3): %4")
                        .arg(where(fileName, entry))
                        .arg(offset)
                        .arg(line)
                        .arg(QString::fromUtf8(result.description())));
    }
    if (!doc.document_element())
        throw Error(QStringLiteral("%1: the XML has no root element").arg(where(fileName, entry)));
    if (nestingDepth(doc, kMaxXmlDepth) > kMaxXmlDepth)
        throw Error(QStringLiteral("%1: elements are nested more than %2 levels deep; no real document is, so the file is "
                                   "damaged or built to crash readers; refusing it")
                        .arg(where(fileName, entry))
                        .arg(kMaxXmlDepth));
    return doc;
}

}  // namespace thema
