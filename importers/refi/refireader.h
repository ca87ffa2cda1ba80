#pragma once

#include "exchange/exchangereport.h"
#include "model/entities.h"
#include "refipackage.h"

#include <QHash>
#include <QSet>

#include <pugixml.hpp>

namespace thema {

class ProjectStore;

/**
 * Reads a QDA-XML project (.qde in a .qdpx, or bare) or codebook (.qdc) into an EMPTY project, leniently
 * (see ../shared/refi/SOURCES.md): any urn:QDA-XML namespace, GUIDs in any case and with braces, ATLAS.ti's
 * "Parent::child" code names as hierarchy, codable parent codes, several codings on one selection. Positions
 * are converted to code points per source after working out the file's units (PositionMap). Themes come back
 * from Thema's marked Sets exactly; other code Sets become candidate themes (see exchange/refiformat.h).
 *
 * A recording's Transcript is (or becomes) a text source linked to the recording (readRecording).
 * Whatever Thema cannot hold (PDF, picture, audio and video sources without a transcript, time selections of a
 * recording, source sets, source variables, graphs,
 * links, case codings, zero-length or out-of-range selections, codings of missing codes) is listed in the
 * report's notImported, never dropped silently. Everything happens in one transaction on @p store.
 */
class RefiReader {
public:
    RefiReader(ProjectStore& store, const RefiPackage& package) : m_store(store), m_package(package) {}

    ExchangeReport read();

    /** Safety bounds: more codes, selections or nesting than this is refused as absurd. */
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxElements = 2'000'000;
    static constexpr qint64 kMaxPosition = qint64(1) << 40;

private:
    struct NoteInfo {
        QString guid, title, text, author;
        QDateTime created, modified;
        std::optional<Span> anchor;  ///< a PlainTextSelection inside the Note (QualCoder's passage comments)
    };
    struct Tally {
        int sources = 0, selections = 0, codings = 0, zeroLength = 0, zeroLengthCodings = 0, outOfRange = 0,
            outOfRangeCodings = 0, missingCode = 0, duplicates = 0, sourceVariables = 0, wholeSource = 0, richText = 0,
            caseLinks = 0, copyLinks = 0, descriptions = 0, codingDescriptions = 0;
    };
    struct PendingMemo {
        QString note;
        Memo memo;
    };

    void readUsers(const pugi::xml_node& root);
    void readCodes(const pugi::xml_node& codes);
    void readNotes(const pugi::xml_node& root);
    void readVariablesAndCases(const pugi::xml_node& root);
    void readSources(const pugi::xml_node& root);
    /** A TextSource, or a recording's Transcript with its own text; returns the source made (0 when dropped). */
    Id readTextSource(const pugi::xml_node& node);
    /**
     * An AudioSource/VideoSource with Transcripts (refireader_media.cpp): each Transcript is the text source it names
     * (read before, by plainTextPath or by the same text) or becomes one; the recording is linked to it, its
     * SyncPoints time the turns they begin, its TranscriptSelections become codings. False when it has no Transcript.
     */
    bool readRecording(const pugi::xml_node& node);
    /** The recording's path attribute as an absolute path, or "internal://…" for a file inside the package. */
    QString recordingPath(const QString& raw) const;
    /** The already-read source whose text is the Transcript's own text, 0 when none. */
    Id sourceWithTextOf(const pugi::xml_node& transcript);
    /** Times the turns of @p source that SyncPoints of @p transcript begin; returns how many. */
    int syncTurns(const pugi::xml_node& transcript, Id source);
    void readSelections(const pugi::xml_node& node, const Source& source, const QString& text, std::vector<bool> crlf);
    void addTurns(const Source& source, const QString& text);
    Id ownerOfCopy(const QString& text);
    void readSets(const pugi::xml_node& sets);
    void readLinksAndRest(const pugi::xml_node& root);
    void writeMemos();

    Id coderFor(const QStringList& userGuids);
    Id addUser(const QString& key);
    /** A memo whose text is in the element itself (a Description), not in a Note. */
    void addInlineNote(const QString& key, const QString& title, const QString& text, const QString& author,
                       const QDateTime& created, MemoTarget target, Id targetId, std::optional<Span> anchor = {});
    QString takeGuid(const QString& raw);
    void noteRefs(const pugi::xml_node& node, MemoTarget target, Id targetId, std::optional<Span> anchor = {});
    QDateTime time(const pugi::xml_node& node, const char* attribute) const;
    void count(int n = 1);

    ProjectStore& m_store;
    const RefiPackage& m_package;
    ExchangeReport m_report;
    QString m_origin;
    QString m_projectUser;
    QHash<QString, Id> m_users, m_codes, m_participants, m_sources, m_codings;
    QHash<QString, QString> m_userNames;  ///< every listed user; coders are made on first use (addUser)
    QHash<QString, QString> m_userGuids;
    QStringList m_userOrder;
    int m_addedUsers = 0;
    QSet<QString> m_caseKeys;  ///< GUIDs of Cases, so codes sharing them are read as case links
    QHash<QString, NoteInfo> m_notes;
    QStringList m_noteOrder;
    int m_unattachedNotes = 0;
    QString m_basePath;  ///< the Project's basePath, for relative:// recordings
    QHash<QString, qint64> m_syncPositions;  ///< SyncPoint GUID → position, of the Transcript being read
    QHash<QString, Id> m_sourceByTextPath;  ///< plainTextPath of each text source read → its id (for Transcripts)
    QHash<QString, Id> m_sourceOwner;  ///< source GUID → participant, from Case SourceRefs
    QHash<QString, QString> m_copyTexts;  ///< SourceRef GUID → text of the file of that name, see ownerOfCopy()
    QList<PendingMemo> m_memos;
    QSet<QString> m_usedGuids;
    QSet<QString> m_consumedNotes;  ///< notes that became a coding's own memo text
    Id m_fallbackCoder = 0;
    int m_elements = 0;
    Tally m_tally;
};

}  // namespace thema
