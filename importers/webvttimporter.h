#pragma once

#include "importer.h"

namespace thema {

/**
 * WebVTT captions (Zoom, Teams, Otter, YouTube, podcast transcripts), parsed by the W3C rules (WebVttParser).
 * Voice tags <v Name> become speakers; without any, speaker labels in the cue text ("Name: …", as Zoom writes
 * them) are detected like plain text; the rest is laid out by CueTurns. Cue times become turn times.
 *
 * Stricter than a player, because a transcript must not lose words silently: a cue whose timing line cannot be
 * read (which a player drops) makes the import fail, naming the line. A file with the signature but no cue
 * ("WEBVTT" alone is valid WebVTT) fails with "contains no captions": a source without text cannot be stored.
 * Cues without text are skipped with a warning.
 */
class WebVttImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("vtt"); }
    QStringList extensions() const override;
    /** 100 when the bytes start with the "WEBVTT" signature (after a BOM). */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

    /**
     * Bytes to text as WebVTT asks: UTF-8 without BOM (invalid bytes become U+FFFD), NUL → U+FFFD, CRLF and CR → LF.
     * Files with a UTF-16/32 BOM, or that are not UTF-8 but decodeText can read, are decoded by decodeText,
     * with a warning appended to @p warnings. Throws Error for empty input.
     */
    static QString decode(const QByteArray& bytes, const QString& fileName, QStringList& warnings);
};

}  // namespace thema
