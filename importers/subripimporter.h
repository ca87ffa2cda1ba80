#pragma once

#include "importer.h"

namespace thema {

/**
 * SubRip subtitles (.srt), in any encoding decodeText reads (BOM, UTF-16/32, legacy code pages), CRLF or LF.
 * Formatting markup is removed (CueText::parseSubRip); speaker labels in cue text ("JOHN: hi", "- Mary: …") are
 * detected like plain text (CueTurns::detectLabels); cues are laid out by CueTurns, with cue times as turn times.
 *
 * Cues without text are skipped with a warning; zero-length cues are kept (with a warning), because their words
 * are still words of the transcript. A file that is not SubRip, or whose cues have no text, fails naming the
 * file and the line.
 */
class SubRipImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("srt"); }
    QStringList extensions() const override { return {QStringLiteral("srt")}; }
    /** 90 when the first block is a cue number and a SubRip timing line, 80 for a timing line alone. */
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;
};

}  // namespace thema
