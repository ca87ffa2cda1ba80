#include "codebookxml.h"

#include "exchange/refiformat.h"
#include "refixml.h"

namespace thema::refi {

CodebookXml::CodebookXml(const ProjectStore& store, Schema schema)
    : m_store(store), m_schema(schema), m_codes(store.codes()), m_themes(store.themes())
{
    if (schema == Schema::Project)
        m_memos = store.memos();
}

void CodebookXml::writeCodes(pugi::xml_node parent) const
{
    pugi::xml_node codes = parent.append_child("Codes");
    for (const Code& c : m_codes)
        if (!c.parent)
            writeCode(codes, c);
    if (m_themes.isEmpty())
        return;
    pugi::xml_node root = groupingCode(codes, themesRootGuid(), QStringLiteral("Themes"),
              QStringLiteral("Themes and subthemes from Thema, with their definitions. The codes of each theme are in "
                             "the Set named \"Theme: …\"; these entries are not meant for coding."));
    for (const Theme& t : m_themes)
        if (!t.parent)
            writeThemeCode(root, t);
}

void CodebookXml::writeCode(pugi::xml_node parent, const Code& code) const
{
    pugi::xml_node node = parent.append_child("Code");
    attr(node, "guid", code.guid);
    attr(node, "name", code.name);
    attr(node, "isCodable", QStringLiteral("true"));
    if (!normalizeColor(code.color).isEmpty())
        attr(node, "color", normalizeColor(code.color));
    QString description = composeCodeDescription(code.description);
    if (m_schema == Schema::Project) {
        // QualCoder keeps only a code's Description: its memos go there too (the NoteRefs below are Thema's).
        QList<std::pair<QString, QString>> memos;
        for (const Memo& m : m_memos)
            if (m.target == MemoTarget::Code && m.targetId == code.id)
                memos.append({m.title, m.text});
        description = appendCodeMemos(description, memos);
    }
    if (!description.isEmpty())
        textChild(node, "Description", description);
    for (const Memo& m : m_memos)
        if (m.target == MemoTarget::Code && m.targetId == code.id)
            refChild(node, "NoteRef", m.guid);
    for (const Code& child : m_codes)
        if (child.parent == code.id)
            writeCode(node, child);
}

void CodebookXml::writeThemeCode(pugi::xml_node parent, const Theme& theme) const
{
    pugi::xml_node node = parent.append_child("Code");
    attr(node, "guid", themeCodeGuid(theme.guid));
    attr(node, "name", theme.name);
    attr(node, "isCodable", QStringLiteral("false"));
    if (!theme.definition.isEmpty())
        textChild(node, "Description", theme.definition);
    for (const Theme& child : m_themes)
        if (child.parent == theme.id)
            writeThemeCode(node, child);
}

void CodebookXml::writeSets(pugi::xml_node parent) const
{
    if (m_themes.isEmpty())
        return;
    QHash<Id, QString> themeGuids, codeGuids;
    for (const Theme& t : m_themes)
        themeGuids.insert(t.id, t.guid);
    for (const Code& c : m_codes)
        codeGuids.insert(c.id, c.guid);
    pugi::xml_node sets = parent.append_child("Sets");
    for (const Theme& t : m_themes) {
        pugi::xml_node set = sets.append_child("Set");
        attr(set, "guid", t.guid);
        attr(set, "name", themeSetName(t.path));
        ThemeMarker marker;
        marker.status = t.status;
        marker.position = t.position;
        marker.parentGuid = themeGuids.value(t.parent);
        if (m_schema == Schema::Project)
            for (Id coding : m_store.exemplars(t.id))
                if (const auto c = m_store.coding(coding))
                    marker.exemplars.append(c->guid);
        textChild(set, "Description", composeThemeDescription(t.definition, marker));
        for (Id code : t.codes) {
            if (m_schema == Schema::Project)
                refChild(set, "MemberCode", codeGuids.value(code));
            else
                refChild(set, "MemberCode", codeGuids.value(code), "guid");  // Codebook.xsd names it "guid"
        }
        if (m_schema == Schema::Project)
            for (const Memo& m : m_memos)
                if (m.target == MemoTarget::Theme && m.targetId == t.id)
                    refChild(set, "MemberNote", m.guid);
    }
}

}  // namespace thema::refi
