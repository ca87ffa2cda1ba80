#pragma once

#include "exchange/refiformat.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QHash>

#include <pugixml.hpp>

namespace thema::refi {

/**
 * Writes a project's QDA-XML (project.qde) and the text of its sources, as REFI-QDA 1.0 says and in the forms
 * real clients read (NVivo, ATLAS.ti, MAXQDA, QualCoder):
 * coders are Users; participants are Cases, their attributes Variables (Text) plus a Boolean "Interviewer", their
 * sources SourceRefs and, for clients that read case links only from codings, codes below "Cases" (refiformat.h);
 * each source is a TextSource whose text is the entry sources/<guid>.txt (UTF-8, LF), positions in @p unit
 * (recorded in the Project's origin); one PlainTextSelection per span, coder and coding memo, so a client that
 * takes the coder from the selection gets each coder's codings; the coding memo is that selection's Description.
 * Memos are Notes referenced where they belong; the text of a source's memos is also the TextSource's
 * Description, a memo on a passage also its selection's Description, a code's memos also paragraphs of the code's
 * Description; memos that have no such place (project, theme, participant, coding) are Notes whose text is a
 * file, sources/<guid>.txt, the form clients import as journals. A participant's memos are Links from the Note
 * to the Case; a theme's are MemberNotes of its Set.
 */
class ProjectXml {
public:
    explicit ProjectXml(const ProjectStore& store, PositionUnit unit = PositionUnit::Utf16);

    /** The document; @p textFiles receives the entries "sources/<guid>.txt" → UTF-8 text. */
    QByteArray write(QList<std::pair<QString, QByteArray>>& textFiles);

private:
    void writeUsers(pugi::xml_node project);
    void writeCases(pugi::xml_node project);
    void writeSources(pugi::xml_node project, QList<std::pair<QString, QByteArray>>& textFiles);
    void writeSelections(pugi::xml_node source, const Source& s, const QString& text);
    /** The source's recording, when it has one, as an AudioSource/VideoSource with a Transcript and SyncPoints. */
    void writeRecording(pugi::xml_node list, const Source& s);
    void writeCaseCodes(pugi::xml_node project);
    void writeNotes(pugi::xml_node project, QList<std::pair<QString, QByteArray>>& textFiles);
    QString userGuid(const QString& author) const;
    qint64 position(const TextOffsets& offsets, qint64 codePoint) const;

    const ProjectStore& m_store;
    PositionUnit m_unit;
    QList<Memo> m_memos;
    QList<Coding> m_codings;
    QHash<Id, QString> m_coderGuids, m_codeGuids;
    QHash<QString, QString> m_coderGuidByName;
};

}  // namespace thema::refi
