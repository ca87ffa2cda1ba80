#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace thema {

/** Row ids are SQLite rowids; 0 means "none". GUIDs are lowercase, without braces (REFI-QDA style). */
using Id = qint64;

/** A half-open span [start, end) in Unicode code points into a source's text. */
struct Span {
    qint64 start = 0;
    qint64 end = 0;
    qint64 length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qint64 pos) const { return pos >= start && pos < end; }
    bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
    friend bool operator==(const Span&, const Span&) = default;
};

struct Participant {
    Id id = 0;
    QString guid;
    QString name;            ///< the participant's identifier, e.g. "P11" or a speaker label
    bool interviewer = false;
    QString description;
    QMap<QString, QString> attributes;  ///< e.g. role=clinician, site=North
    qint64 version = 0;       ///< bumped by every change of this row (optimistic versioning, see ProjectStore); 0 = unknown
};

/** A speaker turn: a span of a source spoken by one speaker, with optional media times in milliseconds. */
struct Turn {
    Id id = 0;
    Id source = 0;
    Span span;
    QString speaker;          ///< the label as written in the file; empty when the file names none
    Id participant = 0;       ///< the participant the speaker maps to, 0 when none
    std::optional<qint64> beginMs;
    std::optional<qint64> endMs;
};

struct Source {
    Id id = 0;
    QString guid;
    QString name;
    QString format;           ///< "txt", "markdown", "vtt", "srt", "docx", …
    QString language;         ///< BCP 47, e.g. "en", "fi"
    QString originalFile;     ///< the file name it was imported from
    QString checksum;         ///< SHA-256 (hex) of the stored text, UTF-8
    QDateTime importedAt;
    Id participant = 0;       ///< the participant the whole source belongs to, if any
    qint64 characters = 0;    ///< length of the text in code points
};

/** A recording (audio or video) linked to a source; its turns' beginMs are positions in it. */
struct SourceMedia {
    Id source = 0;
    QString guid;   ///< the REFI-QDA AudioSource/VideoSource guid
    QString path;   ///< relative to the project file's folder when the file lies below it, else absolute
    QString kind;   ///< "audio" or "video"
};

struct Coder {
    Id id = 0;
    QString guid;
    QString name;
    QString color;            ///< "#rrggbb"
    bool consensus = false;   ///< a consensus layer made by adjudication
};

/** The parts of a codebook definition, as researchers write them. */
struct CodeDescription {
    QString definition;
    QString whenToUse;
    QString whenNotToUse;
    QString example;
    friend bool operator==(const CodeDescription&, const CodeDescription&) = default;
};

struct Code {
    Id id = 0;
    QString guid;
    Id parent = 0;
    QString name;
    QString color;            ///< "#rrggbb"
    CodeDescription description;
    int position = 0;         ///< order among siblings
    QString path;             ///< "Parent/Child", filled on read
    qint64 version = 0;       ///< bumped by every change of this row (optimistic versioning, see ProjectStore); 0 = unknown
};

enum class ThemeStatus { Candidate, Reviewed, Final };

QString themeStatusName(ThemeStatus status);
std::optional<ThemeStatus> themeStatusFromName(const QString& name);

struct Theme {
    Id id = 0;
    QString guid;
    Id parent = 0;
    QString name;
    QString definition;
    ThemeStatus status = ThemeStatus::Candidate;
    int position = 0;
    QString path;             ///< "Theme/Subtheme", filled on read
    QList<Id> codes;          ///< linked codes, filled on read
    qint64 version = 0;       ///< bumped by every change of this row (optimistic versioning, see ProjectStore); 0 = unknown
};

struct Coding {
    Id id = 0;
    QString guid;
    Id source = 0;
    Span span;
    Id code = 0;
    Id coder = 0;
    QString memo;
    QDateTime createdAt;
    QDateTime modifiedAt;
};

/** What a memo is attached to. A memo on a source may also be anchored to a span of it. */
enum class MemoTarget { Project, Source, Code, Theme, Participant, Coding };

QString memoTargetName(MemoTarget target);
std::optional<MemoTarget> memoTargetFromName(const QString& name);

struct Memo {
    Id id = 0;
    QString guid;
    MemoTarget target = MemoTarget::Project;
    Id targetId = 0;
    std::optional<Span> anchor;  ///< for memos on a span of a source (e.g. a Word comment)
    QString title;
    QString text;
    QString author;
    QDateTime createdAt;
    QDateTime modifiedAt;
    qint64 version = 0;       ///< bumped by every change of this row (optimistic versioning, see ProjectStore); 0 = unknown
};

}  // namespace thema

// Moved in memory when a list grows (their members are), not copied one by one: projects hold 100,000s of turns
// and codings.
Q_DECLARE_TYPEINFO(thema::Turn, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(thema::Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(thema::Coding, Q_RELOCATABLE_TYPE);
