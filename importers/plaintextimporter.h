#pragma once

#include "importer.h"

namespace thema {

/**
 * Plain-text and Markdown transcripts. Speaker labels and timestamps are found by SpeakerLabels; a file is taken
 * as labelled only when labels start a fair share of its paragraphs, so no speakers are invented for prose.
 * In a labelled file a label starts a turn and unlabelled paragraphs continue it; otherwise each paragraph is
 * a turn without a speaker. Markdown escapes (\[, \*) are undone.
 */
class PlainTextImporter : public Importer {
public:
    QString format() const override { return QStringLiteral("txt"); }
    QStringList extensions() const override;
    int sniff(const QByteArray& head, const QString& fileName) const override;
    SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const override;

    /** The same, from already decoded text (LF line endings). */
    static SourceDraft readText(const QString& text, bool markdown, const ImportOptions& options);

private:
    /** The same, from the text's lines (taken by value, so a caller can hand them over and drop its text). */
    static SourceDraft readLines(QStringList lines, bool markdown, const ImportOptions& options);
};

}  // namespace thema
