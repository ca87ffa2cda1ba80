#pragma once

#include "richtextdraft.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QString>

#include <memory>
#include <vector>

namespace thema {

class RtfCodepages;

/**
 * A lenient-but-honest RTF 1.x reader that extracts text into a RichTextDraft.
 *
 * Reads: control words and symbols, nested groups, \uN with its \ucN fallback skipped, \'xx bytes and raw 8-bit
 * text decoded through the code page in force (\ansicpg, \mac, \pc, \pca, or the current font's \fcharset;
 * default Windows-1252) with ICU, \par/\line/\tab/\cell/\row, special characters (\emdash, \lquote, \~, …),
 * footnotes (\footnote, \ftnalt for endnotes) as notes, field results (not instructions), \upr's Unicode part.
 * Skips: font/colour/style tables, \info, pictures, objects, shapes, headers/footers, list labels, hidden text
 * (\v) and every {\*\destination} it does not know.
 *
 * Malformed input throws thema::Error naming the file, the problem and the byte offset: a missing {\rtf header,
 * a '}' without its '{', groups nested deeper than 512, an over-long control word or parameter, a \binN
 * running past the end, table nesting that skips levels (\itap jumping by more than one). A file that ends
 * with groups still open is read, with a warning.
 */
class RtfReader {
public:
    RtfReader(const QByteArray& bytes, QString fileName);
    ~RtfReader();

    /** Parses the whole document into @p out (warnings go to out.warn). */
    void read(RichTextDraft& out);

private:
    enum class Dest { Text, Skip, FontTable, Note, Upr };
    struct State {
        Dest dest = Dest::Text;
        int uc = 1;
        int font = -1;
        bool hidden = false;
        int itap = 0;            // table nesting level set by \itap (paragraph property, so per group)
        bool inTable = false;    // \intbl
        qsizetype noteIndex = -1;
    };

    [[noreturn]] void fail(const QString& problem) const;
    void controlWord(const QByteArray& word, bool hasParam, int param);
    void controlSymbol(char c);
    bool startDestination(const QByteArray& word);
    void text(const QString& s);
    void byte(char b);
    void flushBytes();
    void skipFallback();
    void endGroup();
    void paragraphEnd();
    RichTextDraft& sink();
    QByteArray codepageForState() const;

    QByteArray m_bytes;
    QString m_file;
    qsizetype m_pos = 0;
    std::vector<State> m_stack;
    bool m_groupStart = false;    // the next control word is the first in its group
    bool m_starDest = false;      // "\*" seen at the group's start
    int m_skipFallback = 0;       // characters of a \u fallback still to skip
    QByteArray m_pendingBytes;    // \'xx and 8-bit bytes awaiting decoding
    QByteArray m_pendingCodepage;
    QByteArray m_ansiCodepage = "windows-1252";
    QHash<int, QByteArray> m_fontCodepage;
    int m_fontTableFont = -1;
    int m_defaultFont = -1;
    int m_previousLevel = 0;  // table level of the last finished paragraph
    bool m_warnedUnknownDestination = false;
    RichTextDraft* m_out = nullptr;
    std::vector<std::unique_ptr<RichTextDraft>> m_notes;
    std::vector<bool> m_noteIsEndnote;
    std::unique_ptr<RtfCodepages> m_codepages;
};

}  // namespace thema
