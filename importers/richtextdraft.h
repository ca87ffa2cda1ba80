#pragma once

#include "importer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thema {

/**
 * What the word-processor importers (DOCX, ODT, RTF, HTML, PDF) extract, before it becomes a SourceDraft:
 * the document's paragraphs in reading order, comments anchored between positions in those paragraphs,
 * and footnotes/endnotes.
 *
 * finish() lays the paragraphs out as plain text (one paragraph per block, soft line breaks as single LFs)
 * and runs it through PlainTextImporter::readText, so speaker labels and turns work exactly as for plain text;
 * comment anchors are then mapped into the final text (code points). Notes are appended after the body, each
 * as a turn of its own without a speaker, "[Footnote 1] text" / "[Endnote i] text"; the body keeps a marker
 * "[1]" / "[i]" where the reference was.
 */
class RichTextDraft {
public:
    /** A place in the extracted text: paragraph index and UTF-16 offset in that paragraph's text. */
    struct Position {
        qsizetype paragraph = 0;
        qsizetype offset = 0;
    };

    /** Appends text to the open paragraph (opening one when needed). CR/LF inside are soft breaks. */
    void addText(const QString& text);
    /** A soft line break inside the paragraph (Word's Shift+Enter). */
    void lineBreak();
    /** Closes the open paragraph; empty paragraphs vanish. */
    void endParagraph();
    /** Where the next character will go. */
    Position position() const;
    bool paragraphIsEmpty() const { return m_current.isEmpty(); }

    /** Adds a note; returns the marker to put in the body ("1" for footnotes, "i" for endnotes, numbered in order). */
    QString addNote(bool endnote, const QString& text);
    /** A comment on [start, end); an empty range anchors the memo to the paragraph it sits in. */
    void addComment(Position start, Position end, const DraftMemo& memo);
    /** A memo that belongs to the document but to no place in it. */
    void addMemo(const DraftMemo& memo) { m_memos.append(memo); }
    void warn(const QString& warning) { m_warnings.append(warning); }

    /** The paragraphs so far (the open one excluded), e.g. to turn a note's body into one string. */
    const QStringList& paragraphs() const { return m_paragraphs; }
    /** All paragraphs (open one included) joined with LF, whitespace-trimmed. */
    QString joined() const;

    /** Builds the draft; see the class comment. Releases the paragraphs as it goes: call it once, last. */
    SourceDraft finish(const ImportOptions& options);

private:
    struct Comment {
        Position start, end;
        DraftMemo memo;
    };
    struct Note {
        QString label;
        QString text;
    };

    QStringList m_paragraphs;
    QString m_current;
    bool m_open = false;
    QList<Comment> m_comments;
    QList<DraftMemo> m_memos;
    QList<Note> m_notes;
    int m_footnotes = 0, m_endnotes = 0;
    QStringList m_warnings;
};

/** Lower-case roman numeral for 1..3999 ("iv"); decimal beyond. */
QString romanNumeral(int n);

}  // namespace thema
