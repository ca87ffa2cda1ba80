#pragma once

#include "model/entities.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace thema {

/** Which codings to read; 0 / empty means "any". */
struct CodingFilter {
    QList<Id> sources;
    QList<Id> codes;
    QList<Id> coders;
    bool includeSubcodes = false;  ///< with codes: also the codes below them
    bool timestamps = true;        ///< false: leave createdAt/modifiedAt unset (parsing them dominates big reads)
    bool texts = true;             ///< false: leave guid and memo empty (agreement reads spans, codes and coders only)
};

/** Counts shown next to a codebook entry. */
struct CodeCount {
    Id code = 0;
    Id coder = 0;
    qint64 codings = 0;
    qint64 sources = 0;
};

/**
 * The project: one SQLite file (*.thema) opened through Qt SQL, in WAL mode.
 *
 * Every public mutator is one transaction unless called inside transaction(), which groups several into one
 * user action. Mutators validate their input and throw thema::Error with a message a user can act on; a
 * failed action changes nothing. Reads return value types from model/entities.h.
 *
 * Signals are batched: they are emitted once after the outermost transaction commits.
 *
 * Optimistic versioning: a code, theme, memo or participant carries a version (read into its struct) that every change
 * of it bumps. Its edits take @p seen, the version the caller read: when the object has changed since, the edit throws
 * VersionConflict (store/versionconflict.h), which names the object and shows its current value, and changes nothing;
 * so two members editing the same object never silently overwrite each other. seen = 0 edits whatever is current
 * (for callers that have just read the object in the same action, such as an undo that re-reads it by GUID).
 * SQL lives only in core/store; nothing else sees a query.
 */
class ProjectStore : public QObject {
    Q_OBJECT
public:
    /** Schema version this program writes; files with a higher PRAGMA user_version are refused. */
    static constexpr int kSchemaVersion = 3;

    /**
     * Files up to this size (with their WAL) get PRAGMA quick_check when opened. quick_check reads every page:
     * about 0.2 s per 64 MiB from the page cache on a busy 2-core machine (136 MB in 0.38 s), which every thema-cli
     * command pays on open; a project of a hundred long interviews (~10–20 MiB) stays well below the limit, and a
     * bigger file would make every command wait. Damage in a bigger file still shows when a page is read.
     */
    static constexpr qint64 kQuickCheckLimit = 64LL * 1024 * 1024;

    /**
     * Creates a new, empty project file, whose name must end in .thema. Throws if a file (or a symlink) of that name
     * exists. The file is built under a temporary name and renamed into place, so a failure leaves nothing behind.
     */
    static std::unique_ptr<ProjectStore> create(const QString& path, const QString& language = QStringLiteral("en"));
    /**
     * Opens an existing project, migrating an older schema in place. Throws for a missing, foreign or newer file (a
     * newer one is left untouched) and for one SQLite cannot read (damaged, locked, unreadable), naming the file.
     * A file that fails the quick check (see kQuickCheckLimit) opens for reading only: see damage().
     */
    static std::unique_ptr<ProjectStore> open(const QString& path);
    /**
     * Opens an existing project for reading only, for work beside the window's own store (search, reliability,
     * charts): the connection is read-only, so the file is never migrated, never switched to WAL and never written;
     * every mutator throws. A file of another schema version than this program's (older or newer) is refused with a
     * message, as are missing, foreign and unreadable files. Read inside readSnapshot() for a consistent view.
     * @p quickCheck false skips SQLite's quick check (what open() also runs, on files up to 64 MiB), for a worker
     * that reads a project its window has opened and checked already.
     */
    static std::unique_ptr<ProjectStore> openReadOnly(const QString& path, bool quickCheck = true);
    ~ProjectStore() override;

    QString path() const { return m_path; }

    /** What the quick check on open found wrong with the file; empty when nothing (or when the file was too big to check). */
    QString damage() const { return m_damage; }

    /**
     * Runs @p action as one transaction (nestable as savepoints; only the outermost commits). Rethrows after rolling
     * back. The outermost one takes the write lock first (BEGIN IMMEDIATE), waiting up to sql::kBusyTimeoutMs for
     * another process's write to finish; past that it throws an Error saying the project is busy. Refused with an
     * Error naming the file when the project is damaged().
     */
    void transaction(const std::function<void()>& action);

    /**
     * Runs @p read inside one read transaction: every read it makes sees the project as it was at its first read
     * (one snapshot), whatever other connections commit meanwhile, so a report never mixes two states. Nested calls,
     * and calls inside transaction(), join the enclosing one; a write inside it throws. Rethrows what @p read throws.
     */
    void readSnapshot(const std::function<void()>& read);
    /** True for a store from openReadOnly(). */
    bool readOnly() const { return m_readOnly; }

    // Project settings
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);
    QString language() const { return setting(QStringLiteral("language"), QStringLiteral("en")); }

    // Sources. The text is immutable once stored.
    Id addSource(Source& source, const QString& text);
    QList<Source> sources() const;
    std::optional<Source> source(Id id) const;
    std::optional<Source> sourceByName(const QString& name) const;
    std::optional<Source> sourceByGuid(const QString& guid) const;
    QString sourceText(Id id) const;
    void renameSource(Id id, const QString& name);
    void setSourceParticipant(Id id, Id participant);
    /** Removes the source with its turns, codings and memos. */
    void removeSource(Id id);

    // Speaker turns
    void addTurns(Id source, QList<Turn>& turns);
    QList<Turn> turns(Id source) const;
    /** Every turn of the project (for indexing), in source order. */
    QList<Turn> allTurns() const;
    void setTurnParticipant(Id source, const QString& speaker, Id participant);
    /** Sets (or, with nullopt, clears) when turn @p turn begins in the source's recording, in milliseconds (>= 0). */
    void setTurnBegin(Id turn, std::optional<qint64> beginMs);
    std::optional<Turn> turn(Id id) const;

    // Recordings (store_media.cpp): at most one audio or video file per source.
    std::optional<SourceMedia> sourceMedia(Id source) const;
    QList<SourceMedia> allSourceMedia() const;
    /** Links @p media to its source, replacing a link it has; fills the guid when empty. */
    void setSourceMedia(SourceMedia& media);
    /** Removes the source's recording link, if any (the file itself is not touched). */
    void removeSourceMedia(Id source);

    // Participants (cases) and their attributes
    Id addParticipant(Participant& participant);
    QList<Participant> participants() const;
    std::optional<Participant> participant(Id id) const;
    std::optional<Participant> participantByName(const QString& name) const;
    std::optional<Participant> participantByGuid(const QString& guid) const;
    /**
     * Sets or removes an attribute. A value that differs from one already used for @p key only in case or spacing
     * ("clinician" beside "Clinician") takes the spelling in use, so the two never make two groups.
     */
    void setAttribute(Id participant, const QString& key, const QString& value, qint64 seen = 0);
    void removeAttribute(Id participant, const QString& key, qint64 seen = 0);
    /**
     * Marks or unmarks an interviewer, then settles the owners of sources (see settleSourceOwners): a one-to-one
     * interview belongs to its interviewee, never to its interviewer.
     */
    void setInterviewer(Id participant, bool interviewer, qint64 seen = 0);
    void renameParticipant(Id participant, const QString& name, qint64 seen = 0);
    /** Removes a participant; its turns and sources keep no participant, its attributes and memos go. */
    void removeParticipant(Id participant);
    /**
     * Merges @p from into @p into: turns, sources and memos of @p from go to @p into; attributes @p into lacks are
     * copied; @p from is removed. Refuses merging a participant into itself.
     */
    void mergeParticipant(Id from, Id into);
    /**
     * Gives each source whose owner is none or an interviewer the only non-interviewer participant speaking in it
     * (none when there are several or none). Sources owned by an interviewee (or attached by hand) keep their owner.
     * Returns how many sources changed.
     */
    int settleSourceOwners();
    /** The values used for attribute @p key, each with how many participants have it, by value. */
    QMap<QString, int> attributeValues(const QString& key) const;
    /** Every attribute key in use, sorted. */
    QStringList attributeKeys() const;
    /** Renames value @p from of attribute @p key to @p to for every participant; returns how many changed. */
    int renameAttributeValue(const QString& key, const QString& from, const QString& to);
    /**
     * Merges values of @p key (every key when empty) that differ only in case or spacing into the most used
     * spelling (the first in sort order on a tie); returns how many participants changed.
     */
    int normaliseAttributeValues(const QString& key = {});

    // Coders
    Id addCoder(Coder& coder);
    /** The coder with this name, created when missing. */
    Id ensureCoder(const QString& name);
    QList<Coder> coders() const;
    std::optional<Coder> coder(Id id) const;
    std::optional<Coder> coderByName(const QString& name) const;

    // Codebook. A code's name is one line: line breaks, tabs and runs of spaces in it become one space and other
    // control characters are dropped (by addCode, renameCode and codeByPath alike), so that no listing or export
    // breaks on it; '/' is refused, as it separates the levels of a code path.
    Id addCode(Code& code);
    /** The code at "A/B/C", creating the missing parts when @p create is true. */
    std::optional<Code> codeByPath(const QString& path, bool create = false);
    QList<Code> codes() const;  ///< depth-first, siblings by position then name; paths filled
    std::optional<Code> code(Id id) const;
    std::optional<Code> codeByGuid(const QString& guid) const;
    void renameCode(Id id, const QString& name, qint64 seen = 0);
    void moveCode(Id id, Id newParent, int position = -1, qint64 seen = 0);
    void setCodeColor(Id id, const QString& color, qint64 seen = 0);
    void setCodeDescription(Id id, const CodeDescription& description, qint64 seen = 0);
    /** Moves every coding, theme link and child of @p from to @p into, then removes @p from. */
    void mergeCode(Id from, Id into);
    /** Removes a code, its subcodes, and their codings. */
    void removeCode(Id id);
    /**
     * Puts back a code that removeCode or mergeCode took away, under its old id, guid, parent and position
     * (for undo). Its codings, memos and theme links are restored separately (addCoding and addMemo keep ids).
     */
    void restoreCode(const Code& code);
    QList<CodeCount> codeCounts() const;

    // Themes
    Id addTheme(Theme& theme);
    QList<Theme> themes() const;  ///< depth-first with paths and linked codes
    std::optional<Theme> theme(Id id) const;
    std::optional<Theme> themeByPath(const QString& path) const;
    void renameTheme(Id id, const QString& name, qint64 seen = 0);
    void moveTheme(Id id, Id newParent, int position = -1, qint64 seen = 0);
    void setThemeDefinition(Id id, const QString& definition, qint64 seen = 0);
    void setThemeStatus(Id id, ThemeStatus status, qint64 seen = 0);
    void linkCode(Id theme, Id code);
    void unlinkCode(Id theme, Id code);
    void removeTheme(Id id);
    /** Exemplar extracts ("starred" codings) of a theme. */
    void setExemplar(Id theme, Id coding, bool exemplar);
    QList<Id> exemplars(Id theme) const;

    // Codings. Spans are code points, half-open; empty or out-of-range spans are refused.
    Id addCoding(Coding& coding);
    QList<Coding> codings(const CodingFilter& filter = {}) const;
    std::optional<Coding> coding(Id id) const;
    void setCodingMemo(Id id, const QString& memo);
    void setCodingSpan(Id id, const Span& span);
    /** Removes and returns the coding, so that an undo can put it back with addCoding (same guid). */
    Coding removeCoding(Id id);
    /** The first coding with exactly this source, span, code and coder, if any. */
    std::optional<Coding> findCoding(Id source, const Span& span, Id code, Id coder) const;

    // Memos
    Id addMemo(Memo& memo);
    QList<Memo> memos() const;
    QList<Memo> memosFor(MemoTarget target, Id targetId) const;
    void updateMemo(Id id, const QString& title, const QString& text, qint64 seen = 0);
    Memo removeMemo(Id id);

    /** The Qt SQL connection, for core modules that must read in bulk (search indexing). Not for app/. */
    QSqlDatabase database() const;

signals:
    void sourcesChanged();
    void participantsChanged();
    void codersChanged();
    void codesChanged();
    void themesChanged();
    void codingsChanged(const QList<thema::Id>& sources);
    void memosChanged();

private:
    friend struct TeamAccess;  // builds stores over a team project's connection (store/postgres/teamproject.cpp)
    enum Change : unsigned {
        SourcesChanged = 1, ParticipantsChanged = 2, CodersChanged = 4, CodesChanged = 8,
        ThemesChanged = 16, CodingsChanged = 32, MemosChanged = 64
    };
    explicit ProjectStore(const QString& path, const QString& connection);
    void migrate();
    void touch(unsigned changes, Id source = 0);
    void emitPending();
    Id codeIdInTree(Id parent, const QString& name) const;
    void checkCodeName(const QString& name) const;
    QList<Id> codeSubtree(Id id) const;
    /** Bumps the version of row @p id of @p table; with @p seen != 0 only if it still is @p seen (store_versions.cpp). */
    void bumpVersion(const char* table, Id id, qint64 seen);
    /** The current value of a versioned row for a message, and in @p title what it is ("Code \"A/B\""). */
    QString versionedValue(const char* table, Id id, QString* title) const;

    QString m_path;
    QString m_connection;
    QString m_damage;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_inSnapshot = false;  ///< inside readSnapshot(): writes are refused (they would escape the savepoint rules)
    unsigned m_pending = 0;
    QList<Id> m_pendingSources;
    /**
     * Name and length of the sources addCoding() checked in the current write transaction, so a bulk coding reads
     * each source row once (a source's length never changes; forgotten when the transaction ends or rolls back and
     * when the source is removed or renamed).
     */
    QHash<Id, QPair<QString, qint64>> m_extents;
};

/** A new lowercase GUID without braces. */
QString newGuid();

}  // namespace thema
