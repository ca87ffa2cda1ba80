#pragma once

#include "store/projectstore.h"

#include <QHash>

#include <pugixml.hpp>

namespace thema::refi {

/**
 * Writes a project's QDA-XML (project.qde) and the text of its sources, as REFI-QDA 1.0 says:
 * coders are Users; participants are Cases, their attributes Variables (Text) plus a Boolean "Interviewer";
 * each source is a TextSource whose text is the entry sources/<guid>.txt (UTF-8, LF) and whose positions are
 * code points into it; codings on the same span share one PlainTextSelection, each a Coding with its coder as
 * creatingUser; memos are Notes referenced where they belong (project, source, code, coding; a memo on a
 * passage is an uncoded selection; a theme's memos are MemberNotes of its Set; a participant's memos, which a
 * Case cannot reference, are Links from the Note to the Case); a coding's own memo text is a Note too.
 */
class ProjectXml {
public:
    explicit ProjectXml(const ProjectStore& store);

    /** The document; @p textFiles receives the entries "sources/<guid>.txt" → UTF-8 text. */
    QByteArray write(QList<std::pair<QString, QByteArray>>& textFiles);

private:
    void writeUsers(pugi::xml_node project);
    void writeCases(pugi::xml_node project);
    void writeSources(pugi::xml_node project, QList<std::pair<QString, QByteArray>>& textFiles);
    void writeSelections(pugi::xml_node source, const Source& s);
    void writeNotes(pugi::xml_node project);
    QString userGuid(const QString& author) const;

    const ProjectStore& m_store;
    QList<Memo> m_memos;
    QList<Coding> m_codings;
    QHash<Id, QString> m_coderGuids, m_codeGuids;
    QHash<QString, QString> m_coderGuidByName;
};

}  // namespace thema::refi
