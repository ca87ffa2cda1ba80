#pragma once

#include "richtextdraft.h"

#include <pugixml.hpp>

#include <QMap>

namespace thema {

/**
 * Walks OpenDocument text content (office:text, table cells, text boxes, notes, annotations) into a
 * RichTextDraft: text:p/text:h as paragraphs, lists, sections and tables cell by cell (covered cells have no
 * text), white space collapsed as ODF says (text:s, text:tab, text:line-break are literal), text:note kept as a
 * note with a marker, office:annotation as a memo spanning to its office:annotation-end (or its paragraph).
 * Tracked changes: deleted text lives in text:tracked-changes, which is never read; insertions are ordinary
 * text between text:change-start and text:change-end, so they are kept.
 *
 * Element names are matched with the customary prefixes (text:, table:, office:, draw:, dc:), which every
 * ODF writer uses.
 */
class OdtBodyReader {
public:
    explicit OdtBodyReader(RichTextDraft& out) : m_out(out) {}

    void readBlocks(const pugi::xml_node& container);
    /** Adds annotations still open at the end (no annotation-end seen) anchored to where they started. */
    void finish();

private:
    void readParagraph(const pugi::xml_node& p);
    void readInline(const pugi::xml_node& parent);
    void readTable(const pugi::xml_node& table);
    void addText(const char* utf8);
    void collectBoxes(const pugi::xml_node& shape);
    void note(const pugi::xml_node& note);
    void annotation(const pugi::xml_node& annotation);
    void annotationEnd(const pugi::xml_node& end);
    static DraftMemo memoOf(const pugi::xml_node& annotation);

    struct OpenAnnotation {
        RichTextDraft::Position start;
        DraftMemo memo;
    };

    RichTextDraft& m_out;
    bool m_lastWasSpace = true;  // white space at a paragraph start is dropped
    QList<pugi::xml_node> m_pendingBoxes;
    QMap<QString, OpenAnnotation> m_open;  // by office:name, waiting for their office:annotation-end
};

}  // namespace thema
