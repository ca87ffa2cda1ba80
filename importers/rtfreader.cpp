#include "rtfreader.h"

#include "model/error.h"
#include "rtfcodepages.h"
#include "symbolfont.h"

#include <QSet>

namespace thema {
namespace {

constexpr size_t kMaxDepth = 512;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Destinations whose content is not document text.
const QSet<QByteArray>& skippedDestinations()
{
    static const QSet<QByteArray> names = {
        "colortbl", "stylesheet", "info", "pict", "object", "objdata", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "fldinst", "listtable", "listoverridetable", "revtbl",
        "rsidtbl", "xmlnstbl", "filetbl", "themedata", "colorschememapping", "latentstyles", "datastore",
        "generator", "pntext", "pntxta", "pntxtb", "listtext", "shp", "shpinst", "shppict", "nonshppict",
        "bkmkstart", "bkmkend", "atnid", "atnauthor", "annotation", "atrfstart", "atrfend", "template", "tc",
        "xe", "txe", "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "docvar", "userprops",
        "keywords", "author", "operator", "title", "subject", "comment", "doccomm", "company", "category",
        "mmathPr", "defchp", "defpap", "pgdsctbl", "protusertbl", "wgrffmtfilter", "fchars", "lchars", "passwordhash"};
    return names;
}

const QHash<QByteArray, QString>& specialCharacters()
{
    static const QHash<QByteArray, QString> chars = {
        {"emdash", QStringLiteral("\u2014")}, {"endash", QStringLiteral("\u2013")}, {"bullet", QStringLiteral("\u2022")},
        {"lquote", QStringLiteral("\u2018")}, {"rquote", QStringLiteral("\u2019")}, {"ldblquote", QStringLiteral("\u201C")},
        {"rdblquote", QStringLiteral("\u201D")}, {"emspace", QStringLiteral("\u2003")}, {"enspace", QStringLiteral("\u2002")},
        {"qmspace", QStringLiteral("\u2005")}, {"zwj", QStringLiteral("\u200D")}, {"zwnj", QStringLiteral("\u200C")},
        {"ltrmark", QStringLiteral("\u200E")}, {"rtlmark", QStringLiteral("\u200F")}, {"tab", QStringLiteral("\t")}};
    return chars;
}

}  // namespace

RtfReader::RtfReader(const QByteArray& bytes, QString fileName)
    : m_bytes(bytes), m_file(std::move(fileName)), m_codepages(std::make_unique<RtfCodepages>())
{
}

RtfReader::~RtfReader() = default;

void RtfReader::fail(const QString& problem) const
{
    throw Error(QStringLiteral("%1: malformed RTF: %2 (at byte %3)").arg(m_file, problem).arg(m_pos));
}

RichTextDraft& RtfReader::sink()
{
    const qsizetype note = m_stack.empty() ? -1 : m_stack.back().noteIndex;
    return note >= 0 ? *m_notes[size_t(note)] : *m_out;
}

QByteArray RtfReader::codepageForState() const
{
    const int font = m_stack.back().font >= 0 ? m_stack.back().font : m_defaultFont;
    const QByteArray cp = m_fontCodepage.value(font);
    return cp.isEmpty() ? m_ansiCodepage : cp;
}

void RtfReader::flushBytes()
{
    if (m_pendingBytes.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_pendingBytes, {});
    const QString s = m_codepages->decode(bytes, m_pendingCodepage);
    if (!m_stack.empty() && (m_stack.back().dest == Dest::Text || m_stack.back().dest == Dest::Note) &&
        !m_stack.back().hidden)
        sink().addText(s);
}

void RtfReader::byte(char b)
{
    if (m_skipFallback > 0) {
        --m_skipFallback;
        return;
    }
    const State& st = m_stack.back();
    if ((st.dest != Dest::Text && st.dest != Dest::Note) || st.hidden)
        return;
    const QByteArray cp = codepageForState();
    if (cp != m_pendingCodepage)
        flushBytes();
    m_pendingCodepage = cp;
    m_pendingBytes.append(b);
}

void RtfReader::text(const QString& s)
{
    flushBytes();
    const State& st = m_stack.back();
    if ((st.dest == Dest::Text || st.dest == Dest::Note) && !st.hidden)
        sink().addText(s);
}

void RtfReader::paragraphEnd()
{
    flushBytes();
    const State& st = m_stack.back();
    if (st.dest != Dest::Text && st.dest != Dest::Note)
        return;
    sink().endParagraph();
    m_previousLevel = st.inTable ? qMax(st.itap, 1) : 0;
}

bool RtfReader::startDestination(const QByteArray& word)
{
    State& st = m_stack.back();
    const bool star = std::exchange(m_starDest, false);
    if (st.dest == Dest::Skip)
        return true;
    if (word == "ud") {  // the Unicode half of \upr
        st.dest = Dest::Text;
        return true;
    }
    if (st.dest == Dest::Upr || st.dest == Dest::FontTable) {
        if (star)
            st.dest = Dest::Skip;
        return star;
    }
    if (word == "fonttbl") {
        st.dest = Dest::FontTable;
    } else if (word == "upr") {
        st.dest = Dest::Upr;
    } else if (word == "footnote") {
        if (st.noteIndex >= 0) {  // a note inside a note: keep its text in the outer note
            return true;
        }
        m_notes.push_back(std::make_unique<RichTextDraft>());
        m_noteIsEndnote.push_back(false);
        st.noteIndex = qsizetype(m_notes.size() - 1);
        st.dest = Dest::Note;
        st.hidden = false;
    } else if (skippedDestinations().contains(word)) {
        st.dest = Dest::Skip;
    } else if (star) {
        st.dest = Dest::Skip;  // an optional destination this reader does not know
    } else {
        return false;
    }
    return true;
}

void RtfReader::endGroup()
{
    flushBytes();
    const State popped = m_stack.back();
    m_stack.pop_back();
    m_skipFallback = 0;
    const bool noteEnds = popped.noteIndex >= 0 && (m_stack.empty() || m_stack.back().noteIndex != popped.noteIndex);
    if (noteEnds && m_out) {
        const size_t index = size_t(popped.noteIndex);
        const QString marker = m_out->addNote(m_noteIsEndnote[index], m_notes[index]->joined());
        m_out->addText(QLatin1Char('[') + marker + QLatin1Char(']'));
    }
}

void RtfReader::controlWord(const QByteArray& word, bool hasParam, int param)
{
    if (word == "bin") {  // raw binary data follows: skip it whatever the destination
        if (!hasParam || param < 0 || m_pos + param > m_bytes.size())
            fail(QStringLiteral("\\bin%1 runs past the end of the file").arg(param));
        m_pos += param;
        return;
    }
    if (std::exchange(m_groupStart, false) && startDestination(word))
        return;
    m_starDest = false;
    State& st = m_stack.back();
    if (st.dest == Dest::Skip || st.dest == Dest::Upr)
        return;
    if (st.dest == Dest::FontTable) {
        if (word == "f")
            m_fontTableFont = param;
        else if (word == "fcharset" && m_fontTableFont >= 0)
            m_fontCodepage.insert(m_fontTableFont, RtfCodepages::nameForCharset(param));
        else if (word == "cpg" && m_fontTableFont >= 0 && hasParam)
            m_fontCodepage.insert(m_fontTableFont, RtfCodepages::nameForCodepage(param));
        return;
    }
    if (word != "u" && m_skipFallback > 0)
        m_skipFallback = 0;  // a fallback ends at the next control word

    if (word == "par" || word == "cell" || word == "nestcell" || word == "row" || word == "nestrow" || word == "sect") {
        paragraphEnd();
    } else if (word == "line" || word == "page" || word == "column") {
        flushBytes();
        if (!st.hidden && (st.dest == Dest::Text || st.dest == Dest::Note))
            sink().lineBreak();
    } else if (const auto it = specialCharacters().constFind(word); it != specialCharacters().cend()) {
        text(*it);
    } else if (word == "u" && hasParam) {
        const uint unit = uint(param < 0 ? param + 65536 : param) & 0xFFFF;
        // Word writes symbol-font characters in the private-use F0xx range.
        const QChar symbol = unit >= 0xF020 && unit <= 0xF0FF ? symbolFontChar(unit) : QChar();
        text(QString(symbol.isNull() ? QChar(char16_t(unit)) : symbol));
        m_skipFallback = st.uc;
    } else if (word == "uc") {
        st.uc = qBound(0, param, 16);
    } else if (word == "ansicpg" && hasParam) {
        m_ansiCodepage = RtfCodepages::nameForCodepage(param);
    } else if (word == "mac") {
        m_ansiCodepage = "macintosh";
    } else if (word == "pc") {
        m_ansiCodepage = "ibm-437";
    } else if (word == "pca") {
        m_ansiCodepage = "ibm-850";
    } else if (word == "deff") {
        m_defaultFont = param;
    } else if (word == "f") {
        flushBytes();
        st.font = param;
    } else if (word == "plain") {
        flushBytes();
        st.font = -1;
        st.hidden = false;
    } else if (word == "v") {
        flushBytes();
        st.hidden = !(hasParam && param == 0);
    } else if (word == "pard") {
        st.inTable = false;
        st.itap = 0;
    } else if (word == "intbl") {
        st.inTable = true;
    } else if (word == "itap" && hasParam) {
        const int from = qMax(m_previousLevel, 1);
        if (param > from + 1)
            fail(QStringLiteral("table nesting jumps from level %1 to level %2 (\\itap%2) without the levels between")
                     .arg(m_previousLevel)
                     .arg(param));
        st.itap = param;
        st.inTable = st.inTable || param > 0;
    } else if (word == "ftnalt" && st.noteIndex >= 0) {
        m_noteIsEndnote[size_t(st.noteIndex)] = true;
    }
    // Formatting and everything else: no text.
}

void RtfReader::controlSymbol(char c)
{
    const bool skipping = m_skipFallback > 0;
    if (skipping && c != '*') {
        --m_skipFallback;
        return;
    }
    switch (c) {
    case '\\': case '{': case '}': text(QString(QLatin1Char(c))); break;
    case '~': text(QStringLiteral("\u00A0")); break;
    case '_': text(QStringLiteral("-")); break;  // non-breaking hyphen
    case '-': break;                             // optional hyphen: invisible
    case '\n': case '\r': paragraphEnd(); break;  // "\" before a line end means \par
    default: break;                               // \: (index subentry), \| (formula), …
    }
}

void RtfReader::read(RichTextDraft& out)
{
    m_out = &out;
    qsizetype start = 0;
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < m_bytes.size() && (m_bytes[start] == ' ' || m_bytes[start] == '\r' || m_bytes[start] == '\n' ||
                                      m_bytes[start] == '\t'))
        ++start;
    if (m_bytes.mid(start, 5) != "{\\rtf")
        throw Error(QStringLiteral("%1: not an RTF file: it does not start with {\\rtf").arg(m_file));
    m_pos = start;
    bool ended = false;
    while (m_pos < m_bytes.size() && !ended) {
        const char c = m_bytes[m_pos];
        if (c == '{') {
            flushBytes();
            m_skipFallback = 0;
            if (m_stack.size() >= kMaxDepth)
                fail(QStringLiteral("groups nested deeper than %1").arg(kMaxDepth));
            m_stack.push_back(m_stack.empty() ? State{} : m_stack.back());
            m_groupStart = true;
            m_starDest = false;
            ++m_pos;
        } else if (c == '}') {
            if (m_stack.empty())
                fail(QStringLiteral("a '}' closes a group that was never opened"));
            endGroup();
            ended = m_stack.empty();
            ++m_pos;
            m_groupStart = false;
        } else if (c == '\\') {
            ++m_pos;
            if (m_pos >= m_bytes.size())
                fail(QStringLiteral("the file ends with a lone backslash"));
            const char n = m_bytes[m_pos];
            if (isLetter(n)) {
                const qsizetype wordStart = m_pos;
                while (m_pos < m_bytes.size() && isLetter(m_bytes[m_pos]))
                    ++m_pos;
                if (m_pos - wordStart > 32)
                    fail(QStringLiteral("a control word longer than 32 letters"));
                const QByteArray word = m_bytes.mid(wordStart, m_pos - wordStart);
                bool hasParam = false;
                qint64 param = 0;
                const bool negative = m_pos < m_bytes.size() && m_bytes[m_pos] == '-';
                if (negative)
                    ++m_pos;
                const qsizetype digitsStart = m_pos;
                while (m_pos < m_bytes.size() && isDigit(m_bytes[m_pos])) {
                    param = param * 10 + (m_bytes[m_pos] - '0');
                    ++m_pos;
                    if (m_pos - digitsStart > 10)
                        fail(QStringLiteral("the parameter of \\%1 is too long").arg(QString::fromLatin1(word)));
                }
                hasParam = m_pos > digitsStart;
                if (m_pos < m_bytes.size() && m_bytes[m_pos] == ' ')
                    ++m_pos;  // the delimiter space belongs to the control word
                const int value = int(qBound(qint64(INT_MIN), negative ? -param : param, qint64(INT_MAX)));
                controlWord(word, hasParam, value);
            } else if (n == '\'') {
                const int hi = m_pos + 1 < m_bytes.size() ? hexValue(m_bytes[m_pos + 1]) : -1;
                const int lo = m_pos + 2 < m_bytes.size() ? hexValue(m_bytes[m_pos + 2]) : -1;
                if (hi < 0 || lo < 0)
                    fail(QStringLiteral("\\' is not followed by two hexadecimal digits"));
                m_pos += 3;
                m_groupStart = false;
                byte(char(hi * 16 + lo));
            } else if (n == '*') {
                ++m_pos;
                m_starDest = m_groupStart;
            } else {
                ++m_pos;
                m_groupStart = false;
                controlSymbol(n);
            }
        } else if (c == '\r' || c == '\n') {
            ++m_pos;  // line ends in RTF source are not text
        } else if (c == '\0') {
            fail(QStringLiteral("a NUL byte in the text (a binary file?)"));
        } else {
            ++m_pos;
            m_groupStart = false;
            if (m_stack.empty())
                continue;
            if (uchar(c) >= 0x80) {
                byte(c);
            } else if (m_skipFallback > 0) {
                --m_skipFallback;
            } else {
                text(c == '\t' ? QStringLiteral("\t") : QString(QLatin1Char(c)));
            }
        }
    }
    if (!m_stack.empty()) {
        out.warn(QStringLiteral("%1: the RTF ends with %2 group(s) still open; the file may be truncated")
                     .arg(m_file)
                     .arg(m_stack.size()));
        while (!m_stack.empty())
            endGroup();
    }
    out.endParagraph();
    for (const QByteArray& cp : m_codepages->unknown())
        out.warn(QStringLiteral("%1: code page %2 is unknown; its characters were read as Windows-1252")
                     .arg(m_file, QString::fromLatin1(cp)));
}

}  // namespace thema
