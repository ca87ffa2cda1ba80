#include "odtbody.h"

#include <QDateTime>

#include <string_view>

namespace thema {
namespace {

bool is(const pugi::xml_node& n, std::string_view name)
{
    return name == n.name();
}

}  // namespace

void OdtBodyReader::readBlocks(const pugi::xml_node& container)
{
    for (const pugi::xml_node& n : container.children()) {
        if (n.type() != pugi::node_element)
            continue;
        if (is(n, "text:p") || is(n, "text:h"))
            readParagraph(n);
        else if (is(n, "table:table"))
            readTable(n);
        else if (is(n, "text:list") || is(n, "text:list-item") || is(n, "text:list-header") || is(n, "text:section") ||
                 is(n, "text:index-body") || is(n, "text:table-of-content") || is(n, "text:alphabetical-index") ||
                 is(n, "text:illustration-index") || is(n, "text:bibliography") || is(n, "text:numbered-paragraph") ||
                 is(n, "draw:text-box") || is(n, "text:note-body") || is(n, "office:text"))
            readBlocks(n);
        // text:tracked-changes (deleted text), declarations, forms, text:soft-page-break: no text of the document
    }
}

void OdtBodyReader::readTable(const pugi::xml_node& table)
{
    for (const pugi::xml_node& n : table.children()) {
        if (is(n, "table:table-cell"))
            readBlocks(n);
        else if (is(n, "table:table-row") || is(n, "table:table-rows") || is(n, "table:table-header-rows") ||
                 is(n, "table:table-row-group"))
            readTable(n);
        // table:covered-table-cell: the place of a spanned cell, without content
    }
}

void OdtBodyReader::readParagraph(const pugi::xml_node& p)
{
    m_lastWasSpace = true;
    readInline(p);
    m_out.endParagraph();
    const QList<pugi::xml_node> boxes = std::exchange(m_pendingBoxes, {});
    for (const pugi::xml_node& box : boxes) {
        readBlocks(box);
        m_out.endParagraph();
    }
}

void OdtBodyReader::addText(const char* utf8)
{
    QString text;
    for (const QChar c : QString::fromUtf8(utf8)) {
        const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (space) {
            if (!m_lastWasSpace)
                text += QLatin1Char(' ');
            m_lastWasSpace = true;
        } else {
            text += c;
            m_lastWasSpace = false;
        }
    }
    m_out.addText(text);
}

void OdtBodyReader::readInline(const pugi::xml_node& parent)
{
    for (const pugi::xml_node& n : parent.children()) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
            addText(n.value());
            continue;
        }
        if (n.type() != pugi::node_element)
            continue;
        if (is(n, "text:s")) {
            const int count = qMax(1, n.attribute("text:c").as_int(1));
            m_out.addText(QString(qMin(count, 1000), QLatin1Char(' ')));
            m_lastWasSpace = false;  // text:s spaces are literal and do not swallow the next one
        } else if (is(n, "text:tab")) {
            m_out.addText(QStringLiteral("\t"));
            m_lastWasSpace = true;
        } else if (is(n, "text:line-break")) {
            m_out.lineBreak();
            m_lastWasSpace = true;
        } else if (is(n, "text:note")) {
            note(n);
        } else if (is(n, "office:annotation")) {
            annotation(n);
        } else if (is(n, "office:annotation-end")) {
            annotationEnd(n);
        } else if (std::string_view(n.name()).starts_with("draw:")) {
            collectBoxes(n);
        } else if (is(n, "text:change") || is(n, "text:change-start") || is(n, "text:change-end") ||
                   is(n, "text:bookmark") || is(n, "text:bookmark-start") || is(n, "text:bookmark-end") ||
                   is(n, "text:soft-page-break") || is(n, "text:reference-mark") || is(n, "text:toc-mark")) {
            // positions only: a deletion's text is in text:tracked-changes, an insertion's is already here
        } else if (is(n, "text:p") || is(n, "text:h")) {
            readParagraph(n);  // a paragraph in inline content (seen in text boxes reached through draw:a)
        } else {
            readInline(n);  // text:span, text:a, text:meta, fields (their text is the shown value), ruby, …
        }
    }
}

void OdtBodyReader::collectBoxes(const pugi::xml_node& shape)
{
    bool hasParagraphs = false;
    for (const pugi::xml_node& child : shape.children()) {
        if (is(child, "draw:text-box"))
            m_pendingBoxes.append(child);
        else if (is(child, "text:p") || is(child, "text:h") || is(child, "text:list"))
            hasParagraphs = true;  // a shape with text of its own
        else if (std::string_view(child.name()).starts_with("draw:"))
            collectBoxes(child);
    }
    if (hasParagraphs)
        m_pendingBoxes.append(shape);
}

void OdtBodyReader::note(const pugi::xml_node& n)
{
    RichTextDraft body;
    OdtBodyReader reader(body);
    reader.readBlocks(n.child("text:note-body"));
    const bool endnote = std::string_view(n.attribute("text:note-class").value()) == "endnote";
    const QString marker = m_out.addNote(endnote, body.joined());
    m_out.addText(QLatin1Char('[') + marker + QLatin1Char(']'));
    m_lastWasSpace = false;
}

DraftMemo OdtBodyReader::memoOf(const pugi::xml_node& annotation)
{
    DraftMemo memo;
    memo.author = QString::fromUtf8(annotation.child("dc:creator").text().get());
    memo.createdAt = QDateTime::fromString(QString::fromUtf8(annotation.child("dc:date").text().get()), Qt::ISODate);
    RichTextDraft text;
    OdtBodyReader reader(text);
    reader.readBlocks(annotation);  // its text:p and text:list children; dc:* and meta are skipped
    memo.text = text.joined();
    return memo;
}

void OdtBodyReader::annotation(const pugi::xml_node& n)
{
    const QString name = QString::fromUtf8(n.attribute("office:name").value());
    const DraftMemo memo = memoOf(n);
    if (name.isEmpty())
        m_out.addComment(m_out.position(), m_out.position(), memo);  // on a point: covers its paragraph
    else
        m_open.insert(name, {m_out.position(), memo});
}

void OdtBodyReader::annotationEnd(const pugi::xml_node& n)
{
    const QString name = QString::fromUtf8(n.attribute("office:name").value());
    const auto it = m_open.find(name);
    if (it == m_open.end())
        return;
    m_out.addComment(it->start, m_out.position(), it->memo);
    m_open.erase(it);
}

void OdtBodyReader::finish()
{
    for (const OpenAnnotation& a : std::as_const(m_open))
        m_out.addComment(a.start, a.start, a.memo);
    m_open.clear();
}

}  // namespace thema
