#pragma once

#include "richtextdraft.h"

#include <pugixml.hpp>

#include <QHash>
#include <QSet>

#include <string>

namespace thema {

/** The prefixes a WordprocessingML part binds its namespaces to (transitional or ISO Strict), read from its root. */
struct DocxNames {
    std::string w = "w:";   ///< WordprocessingML main, with the colon ("" for a default namespace)
    std::string mc = "mc:";  ///< markup compatibility
    static DocxNames of(const pugi::xml_node& root);
    bool isW(const pugi::xml_node& n, const char* local) const { return n.name() == w + local; }
    const char* attr(const pugi::xml_node& n, const char* local) const { return n.attribute((w + local).c_str()).value(); }
};

/** A note or comment part, parsed: its root, names and the elements by w:id. */
struct DocxPart {
    pugi::xml_document doc;
    DocxNames names;
    QHash<QString, pugi::xml_node> byId;  ///< w:footnote / w:endnote / w:comment elements
    QList<QString> order;                 ///< ids in document order
};

/**
 * Walks WordprocessingML block content (body, table cells, text boxes, notes, comments) into a RichTextDraft:
 * text in document order, tables cell by cell, text boxes after the paragraph that anchors them (only the
 * mc:Choice of an mc:AlternateContent, so a box is not read twice), tracked changes resolved (w:ins and
 * w:moveTo kept, w:del and w:moveFrom dropped, a deleted paragraph mark joins the paragraph to the next),
 * field codes dropped and field results kept, w:tab as TAB, w:br/w:cr as soft breaks, w:noBreakHyphen as '-',
 * w:sym through the Symbol font's Greek letters. Footnote/endnote references become markers, the notes
 * themselves are added to the draft's notes; comment ranges are recorded for addComments().
 */
class DocxBodyReader {
public:
    DocxBodyReader(RichTextDraft& out, const DocxNames& names, const DocxPart* footnotes, const DocxPart* endnotes);

    void readBlocks(const pugi::xml_node& container);
    /** Adds the comments of @p comments at the ranges recorded while reading; unreferenced ones unanchored. */
    void addComments(const DocxPart& comments);
    /** Adds notes that no reference in the body pointed to (so their text is not lost). */
    void addUnreferencedNotes();

private:
    void readParagraph(const pugi::xml_node& p);
    void readInline(const pugi::xml_node& node);
    void readRun(const pugi::xml_node& r);
    void readTable(const pugi::xml_node& tbl);
    void readRow(const pugi::xml_node& row);
    void collectTextBoxes(const pugi::xml_node& node);
    void noteReference(const pugi::xml_node& ref, bool endnote);
    QString noteText(const DocxPart& part, const pugi::xml_node& note) const;
    void symbol(const pugi::xml_node& sym);
    QString mapSymbolRange(const QString& text, const pugi::xml_node& run);
    bool isDeletedMark(const pugi::xml_node& p) const;
    pugi::xml_node chooseAlternate(const pugi::xml_node& alternate) const;

    RichTextDraft& m_out;
    DocxNames m_names;
    const DocxPart* m_footnotes;
    const DocxPart* m_endnotes;
    QSet<QString> m_usedFootnotes, m_usedEndnotes;
    QHash<QString, RichTextDraft::Position> m_commentStart, m_commentEnd, m_commentRef;
    QList<pugi::xml_node> m_pendingBoxes;
    bool m_warnedSymbol = false;
};

}  // namespace thema
