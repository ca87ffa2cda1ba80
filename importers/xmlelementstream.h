#pragma once

#include "xmlparse.h"

#include <QByteArray>
#include <QList>

#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace thema {

/**
 * Cuts a large XML document, fed in pieces, into the child elements of one container element, so a reader can
 * parse and walk one paragraph at a time instead of building a tree of the whole part (a DOCX body or an ODT
 * office:text holds all of a document's text; its tree takes several times the text in memory).
 *
 * The container is found by a path of qualified names below the root, each step the FIRST child element of that
 * name (as pugixml's child() finds it); the names come from onRoot, which sees the root's start tag first (so a
 * reader can learn its namespace prefixes). Every element directly inside the container goes to onElement as its
 * own bytes, from '<' to its end. Everything else (the root, the path, white space between the elements, whatever
 * lies outside the container) is kept in skeleton(), a small well-formed stand-in for the document that the
 * caller parses to check what the stream did not parse.
 *
 * The stream reads only what it can cut safely: UTF-8 without a DOCTYPE, elements nested at most @p maxDepth deep,
 * end tags that match their start tags. Anything else throws Unstreamable, and the caller reads the document the
 * ordinary way (which gives the exact message for a damaged file).
 */
class XmlElementStream {
public:
    struct Unstreamable : std::exception {
        const char* what() const noexcept override { return "XML not streamable"; }
    };

    /** Receives the root start tag as a complete empty element ("<w:document xmlns:w=\"…\"/>"); returns the path. */
    std::function<QList<std::string>(const QByteArray& rootTag)> onRoot;
    /** Receives each child element of the container, whole. */
    std::function<void(const QByteArray& element)> onElement;

    explicit XmlElementStream(int maxDepth) : m_maxDepth(maxDepth) {}

    void feed(const char* bytes, qsizetype size);
    /** The end of the input: throws Unstreamable unless the document ended cleanly and the container was found. */
    void finish();

    /** The document without the container's child elements. */
    const QByteArray& skeleton() const { return m_skeleton; }

private:
    void scan(bool atEnd);
    void startElement(qsizetype tagStart, qsizetype tagEnd, std::string name, bool selfClosing);
    void endElement(qsizetype tagEnd, const std::string& name);
    void keep(qsizetype upTo);

    int m_maxDepth;
    QByteArray m_buffer;          // unscanned input, and the open element's bytes while one is being collected
    qsizetype m_pos = 0;          // next byte to scan in m_buffer
    qsizetype m_kept = 0;         // bytes of m_buffer before this are already handled (skeleton or element)
    qint64 m_consumed = 0;        // bytes fed so far, for the encoding check at the start
    std::vector<std::string> m_open;  // names of the open elements
    QList<std::string> m_path;
    int m_matched = -1;           // path steps entered; -1 before the root
    bool m_containerDone = false;
    qsizetype m_elementStart = -1;  // offset in m_buffer of the container child being collected
    QByteArray m_skeleton;
};

/** parseXml() for a piece the stream cut out: any problem throws XmlElementStream::Unstreamable instead, so the
 *  caller reads the whole document the ordinary way and its user gets that reader's exact message. */
pugi::xml_document parseStreamedXml(const QByteArray& bytes, const QString& fileName, const QString& entry, unsigned options);

/** @p streamed(), or @p whole() when the stream refused the document. */
template <class Streamed, class Whole>
auto streamedOrWhole(Streamed streamed, Whole whole)
{
    try {
        return streamed();
    } catch (const XmlElementStream::Unstreamable&) {
        return whole();
    }
}

}  // namespace thema
