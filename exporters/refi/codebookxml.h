#pragma once

#include "store/projectstore.h"

#include <pugixml.hpp>

namespace thema::refi {

/** Which of the two schemas is written: they differ in where notes go and how a Set names its codes. */
enum class Schema { Codebook, Project };

/**
 * Writes the codebook part shared by .qdc and .qde: the codes (hierarchy, colour, description; in a project
 * also NoteRefs to their memos, and the memos' text as paragraphs after the description, see appendCodeMemos()), the non-codable "Themes" tree, and one Set per theme (see refiformat.h for
 * why themes are written this way). In a project a theme's Set also lists its memos (MemberNote) and its
 * exemplar codings (in the marker).
 */
class CodebookXml {
public:
    CodebookXml(const ProjectStore& store, Schema schema);

    /** True when there is nothing to write (no codes and no themes); <Codes> needs at least one code. */
    bool isEmpty() const { return m_codes.isEmpty() && m_themes.isEmpty(); }
    /** Appends <Codes> to @p parent. */
    void writeCodes(pugi::xml_node parent) const;
    /** Appends <Sets> to @p parent when there are themes. */
    void writeSets(pugi::xml_node parent) const;

private:
    void writeCode(pugi::xml_node parent, const Code& code) const;
    void writeThemeCode(pugi::xml_node parent, const Theme& theme) const;

    const ProjectStore& m_store;
    Schema m_schema;
    QList<Code> m_codes;
    QList<Theme> m_themes;
    QList<Memo> m_memos;
};

}  // namespace thema::refi
