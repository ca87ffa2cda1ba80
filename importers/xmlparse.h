#pragma once

#include <QByteArray>
#include <QString>

#include <pugixml.hpp>

namespace thema {

/** The deepest element nesting parseXml() accepts. Readers walk the tree recursively; real documents stay far
 *  below (nested tables in Word reach a few dozen levels), hostile ones go to tens of thousands. */
inline constexpr int kMaxXmlDepth = 512;

/**
 * Parses XML from bytes with pugixml, for the importers that read XML parts (DOCX, ODT, REFI-QDA).
 *
 * Encoding comes from the BOM or the declaration (UTF-8 with or without a BOM, UTF-16). Safety: pugixml never
 * loads external entities or DTDs, and parse_doctype is kept off, so a DOCTYPE is skipped, never interpreted;
 * a document whose DOCTYPE declares entities is refused (its text would depend on expansions we do not do,
 * and "billion laughs" documents are built that way). Only the five predefined entities and character
 * references are decoded. A document nested deeper than kMaxXmlDepth elements is refused (the readers that walk
 * it recurse per level).
 *
 * @p options are pugixml parse flags; the default keeps whitespace-only text when it is an element's only child
 * (so <w:t xml:space="preserve"> </w:t> keeps its space). Throws thema::Error naming @p fileName, @p entry (the
 * part inside an archive; may be empty) and the byte offset and line of the problem.
 */
pugi::xml_document parseXml(const QByteArray& bytes, const QString& fileName, const QString& entry = {},
                            unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single);

/** The local part of a qualified name: "w:p" → "p". */
inline const char* localName(const pugi::xml_node& node)
{
    const char* name = node.name();
    for (const char* p = name; *p; ++p)
        if (*p == ':')
            name = p + 1;
    return name;
}

}  // namespace thema
