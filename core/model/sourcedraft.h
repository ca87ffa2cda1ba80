#pragma once

#include "entities.h"

#include <QMap>
#include <QStringList>

namespace thema {

/** A turn as an importer finds it, before speakers are mapped to participants. */
struct DraftTurn {
    Span span;
    QString speaker;  ///< empty when the file names no speaker
    std::optional<qint64> beginMs;
    std::optional<qint64> endMs;
};

/** A memo an importer finds in the file, e.g. a Word comment anchored to the span it comments on. */
struct DraftMemo {
    std::optional<Span> anchor;
    QString author;
    QString text;
    QDateTime createdAt;
};

/**
 * What an importer makes of one file: the decoded text (LF line endings, no BOM, immutable once stored),
 * its speaker turns and memos in code points, and warnings for the import report.
 */
struct SourceDraft {
    QString name;          ///< defaults to the file's base name
    QString format;        ///< importer's format name
    QString language;      ///< empty: the project's language
    QString originalFile;
    QString mediaFile;     ///< a recording found beside the file (absolute path), linked on import; empty when none
    QString subtitleFile;  ///< subtitles of the same name beside an untimed transcript, aligned to on import; or empty
    QString text;
    QList<DraftTurn> turns;
    QList<DraftMemo> memos;
    QStringList warnings;
    /** Attributes of the participants the speaker labels name (a survey row's other columns): label → key → value. */
    QMap<QString, QMap<QString, QString>> speakerAttributes;
};

}  // namespace thema
