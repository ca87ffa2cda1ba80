#include "docxbody.h"

#include "symbolfont.h"
#include "xmlparse.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace thema {
namespace {

constexpr const char* kWordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr const char* kCompat = "http://schemas.openxmlformats.org/markup-compatibility/2006";

QString qs(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

}  // namespace

DocxNames DocxNames::of(const pugi::xml_node& root)
{
    DocxNames names;
    for (const pugi::xml_attribute& a : root.attributes()) {
        const char* name = a.name();
        if (std::strncmp(name, "xmlns", 5) != 0)
            continue;
        const std::string prefix = name[5] == ':' ? std::string(name + 6) + ':' : std::string();
        if (std::strcmp(a.value(), kWordMain) == 0 || std::strcmp(a.value(), kWordStrict) == 0)
            names.w = prefix;
        else if (std::strcmp(a.value(), kCompat) == 0)
            names.mc = prefix;
    }
    return names;
}

DocxBodyReader::DocxBodyReader(RichTextDraft& out, const DocxNames& names, const DocxPart* footnotes,
                               const DocxPart* endnotes)
    : m_out(out), m_names(names), m_footnotes(footnotes), m_endnotes(endnotes)
{
}

pugi::xml_node DocxBodyReader::chooseAlternate(const pugi::xml_node& alternate) const
{
    const std::string choice = m_names.mc + "Choice", fallback = m_names.mc + "Fallback";
    if (pugi::xml_node c = alternate.child(choice.c_str()))
        return c;
    return alternate.child(fallback.c_str());
}

void DocxBodyReader::readBlocks(const pugi::xml_node& container)
{
    for (const pugi::xml_node& n : container.children()) {
        if (n.type() != pugi::node_element)
            continue;
        if (m_names.isW(n, "p"))
            readParagraph(n);
        else if (m_names.isW(n, "tbl"))
            readTable(n);
        else if (m_names.isW(n, "sdt"))
            readBlocks(n.child((m_names.w + "sdtContent").c_str()));
        else if (m_names.isW(n, "customXml") || m_names.isW(n, "ins") || m_names.isW(n, "moveTo") ||
                 m_names.isW(n, "smartTag"))
            readBlocks(n);
        else if (n.name() == m_names.mc + "AlternateContent")
            readBlocks(chooseAlternate(n));
        else if (m_names.isW(n, "altChunk"))
            m_out.warn(QStringLiteral("an embedded document (altChunk) was skipped"));
        // w:del, w:moveFrom, w:sectPr, bookmarks, …: no text
        else if (m_names.isW(n, "commentRangeStart") || m_names.isW(n, "commentRangeEnd"))
            readInline(n);
    }
}

void DocxBodyReader::readTable(const pugi::xml_node& tbl)
{
    for (const pugi::xml_node& n : tbl.children()) {
        if (m_names.isW(n, "tr"))
            readRow(n);
        else if (m_names.isW(n, "sdt"))
            readTable(n.child((m_names.w + "sdtContent").c_str()));
        else if (m_names.isW(n, "customXml"))
            readTable(n);
    }
}

void DocxBodyReader::readRow(const pugi::xml_node& row)
{
    const pugi::xml_node trPr = row.child((m_names.w + "trPr").c_str());
    if (trPr.child((m_names.w + "del").c_str()))
        return;  // a deleted row
    for (const pugi::xml_node& n : row.children()) {
        if (m_names.isW(n, "tc"))
            readBlocks(n);
        else if (m_names.isW(n, "sdt"))
            readRow(n.child((m_names.w + "sdtContent").c_str()));
        else if (m_names.isW(n, "customXml"))
            readRow(n);
    }
}

bool DocxBodyReader::isDeletedMark(const pugi::xml_node& p) const
{
    const pugi::xml_node rPr = p.child((m_names.w + "pPr").c_str()).child((m_names.w + "rPr").c_str());
    return rPr.child((m_names.w + "del").c_str()) || rPr.child((m_names.w + "moveFrom").c_str());
}

void DocxBodyReader::readParagraph(const pugi::xml_node& p)
{
    readInline(p);
    if (isDeletedMark(p))
        return;  // the paragraph mark was deleted: this paragraph runs on into the next one
    m_out.endParagraph();
    const QList<pugi::xml_node> boxes = std::exchange(m_pendingBoxes, {});
    for (const pugi::xml_node& box : boxes) {
        readBlocks(box);
        m_out.endParagraph();
    }
}

void DocxBodyReader::readInline(const pugi::xml_node& parent)
{
    for (const pugi::xml_node& n : parent.children()) {
        if (n.type() != pugi::node_element)
            continue;
        const std::string_view name = n.name();
        if (!name.starts_with(m_names.w)) {
            if (name == m_names.mc + "AlternateContent")
                readInline(chooseAlternate(n));
            else if (name.ends_with(":oMath") || name.ends_with(":oMathPara") || name.ends_with(":r"))
                readInline(n);  // Office Math: m:r/m:t
            else if (name.ends_with(":t"))
                m_out.addText(qs(n.text().get()));
            continue;
        }
        const std::string_view local = name.substr(m_names.w.size());
        if (local == "r")
            readRun(n);
        else if (local == "del" || local == "moveFrom" || local == "pPr" || local == "rPr" || local == "fldData")
            continue;
        else if (local == "commentRangeStart")
            m_commentStart.insert(qs(m_names.attr(n, "id")), m_out.position());
        else if (local == "commentRangeEnd")
            m_commentEnd.insert(qs(m_names.attr(n, "id")), m_out.position());
        else if (local == "drawing" || local == "pict" || local == "object")
            collectTextBoxes(n);
        else if (local == "p")
            readParagraph(n);  // a paragraph nested in inline content (malformed, but seen): keep its text
        else
            readInline(n);  // ins, moveTo, hyperlink, smartTag, sdt/sdtContent, customXml, fldSimple, dir, bdo, …
    }
}

void DocxBodyReader::readRun(const pugi::xml_node& r)
{
    for (const pugi::xml_node& n : r.children()) {
        if (n.type() != pugi::node_element)
            continue;
        const std::string_view name = n.name();
        if (name == m_names.mc + "AlternateContent") {
            readRun(chooseAlternate(n));
            continue;
        }
        if (!name.starts_with(m_names.w))
            continue;
        const std::string_view local = name.substr(m_names.w.size());
        if (local == "t") {
            QString text = qs(n.text().get());
            text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
            m_out.addText(mapSymbolRange(text, r));
        } else if (local == "tab" || local == "ptab") {
            m_out.addText(QStringLiteral("\t"));
        } else if (local == "br" || local == "cr") {
            m_out.lineBreak();
        } else if (local == "noBreakHyphen") {
            m_out.addText(QStringLiteral("-"));
        } else if (local == "sym") {
            symbol(n);
        } else if (local == "footnoteReference") {
            noteReference(n, false);
        } else if (local == "endnoteReference") {
            noteReference(n, true);
        } else if (local == "commentReference") {
            m_commentRef.insert(qs(m_names.attr(n, "id")), m_out.position());
        } else if (local == "drawing" || local == "pict" || local == "object") {
            collectTextBoxes(n);
        }
        // softHyphen, instrText, delText, fldChar, lastRenderedPageBreak, footnoteRef, annotationRef: no text
    }
}

QString DocxBodyReader::mapSymbolRange(const QString& text, const pugi::xml_node& run)
{
    // Symbol fonts put their glyphs at U+F020..F0FF; only the Symbol font has a Unicode table here.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xF020 && c.unicode() <= 0xF0FF; }))
        return text;
    const pugi::xml_node fonts = run.child((m_names.w + "rPr").c_str()).child((m_names.w + "rFonts").c_str());
    const QString font = qs(m_names.attr(fonts, "ascii"));
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0xF020 || c.unicode() > 0xF0FF) {
            out += c;
        } else if (font.compare(QLatin1String("Symbol"), Qt::CaseInsensitive) == 0 && !symbolFontChar(c.unicode()).isNull()) {
            out += symbolFontChar(c.unicode());
        } else if (!m_warnedSymbol) {
            m_warnedSymbol = true;
            m_out.warn(QStringLiteral("symbols from the %1 font have no Unicode equivalent and were left out")
                           .arg(font.isEmpty() ? QStringLiteral("a symbol") : font));
        }
    }
    return out;
}

void DocxBodyReader::collectTextBoxes(const pugi::xml_node& node)
{
    for (const pugi::xml_node& n : node.children()) {
        if (n.type() != pugi::node_element)
            continue;
        if (m_names.isW(n, "txbxContent"))
            m_pendingBoxes.append(n);
        else if (n.name() == m_names.mc + "AlternateContent")
            collectTextBoxes(chooseAlternate(n));
        else
            collectTextBoxes(n);
    }
}

void DocxBodyReader::symbol(const pugi::xml_node& sym)
{
    bool ok = false;
    const uint code = qs(m_names.attr(sym, "char")).toUInt(&ok, 16);
    const QString font = qs(m_names.attr(sym, "font"));
    const bool symbolFont = font.compare(QLatin1String("Symbol"), Qt::CaseInsensitive) == 0;
    const bool fontRange = code >= 0xF000 && code <= 0xF0FF;
    QChar c;
    if (ok && symbolFont && (fontRange || code < 0x100))
        c = symbolFontChar(code & 0xFF);
    else if (ok && fontRange && font.contains(QLatin1String("ding"), Qt::CaseInsensitive))
        c = QChar();  // Wingdings, Zapf Dingbats: pictures, not text
    else if (ok && fontRange)
        c = QChar(char16_t(code - 0xF000));  // a text font addressed through the symbol range
    else if (ok && code > 0 && code < 0xE000)
        c = QChar(char16_t(code));
    if (!c.isNull()) {
        m_out.addText(QString(c));
    } else if (!m_warnedSymbol) {
        m_warnedSymbol = true;
        m_out.warn(QStringLiteral("symbols from the %1 font have no Unicode equivalent and were left out")
                       .arg(font.isEmpty() ? QStringLiteral("a symbol") : font));
    }
}

QString DocxBodyReader::noteText(const DocxPart& part, const pugi::xml_node& note) const
{
    RichTextDraft text;
    DocxBodyReader reader(text, part.names, nullptr, nullptr);
    reader.readBlocks(note);
    return text.joined();
}

void DocxBodyReader::noteReference(const pugi::xml_node& ref, bool endnote)
{
    const DocxPart* part = endnote ? m_endnotes : m_footnotes;
    const QString id = qs(m_names.attr(ref, "id"));
    if (!part || !part->byId.contains(id)) {
        m_out.warn(QStringLiteral("a %1 reference points to no %1 (id %2)")
                       .arg(endnote ? QStringLiteral("endnote") : QStringLiteral("footnote"), id));
        return;
    }
    (endnote ? m_usedEndnotes : m_usedFootnotes).insert(id);
    const QString marker = m_out.addNote(endnote, noteText(*part, part->byId.value(id)));
    m_out.addText(QLatin1Char('[') + marker + QLatin1Char(']'));
}

void DocxBodyReader::addUnreferencedNotes()
{
    for (const auto& [part, used, endnote] : {std::tuple{m_footnotes, &m_usedFootnotes, false},
                                             std::tuple{m_endnotes, &m_usedEndnotes, true}}) {
        if (!part)
            continue;
        for (const QString& id : part->order)
            if (!used->contains(id)) {
                const QString text = noteText(*part, part->byId.value(id));
                if (!text.isEmpty())
                    m_out.addNote(endnote, text);
            }
    }
}

void DocxBodyReader::addComments(const DocxPart& comments)
{
    for (const QString& id : comments.order) {
        const pugi::xml_node c = comments.byId.value(id);
        DraftMemo memo;
        memo.author = qs(comments.names.attr(c, "author"));
        memo.createdAt = QDateTime::fromString(qs(comments.names.attr(c, "date")), Qt::ISODate);
        RichTextDraft text;
        DocxBodyReader reader(text, comments.names, nullptr, nullptr);
        reader.readBlocks(c);
        memo.text = text.joined();
        const auto start = m_commentStart.constFind(id), end = m_commentEnd.constFind(id), ref = m_commentRef.constFind(id);
        if (start != m_commentStart.cend())
            m_out.addComment(*start, end != m_commentEnd.cend() ? *end : (ref != m_commentRef.cend() ? *ref : *start), memo);
        else if (ref != m_commentRef.cend())
            m_out.addComment(*ref, *ref, memo);
        else
            m_out.addMemo(memo);
    }
}

}  // namespace thema
