#include "xmlelementstream.h"

#include "model/error.h"

#include <cstring>

namespace thema {
namespace {

constexpr qsizetype kMaxMarkupBytes = qsizetype(1) << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The value of encoding="…" in an XML declaration, lower-cased, or empty when it has none.
std::string declaredEncoding(const char* begin, const char* end)
{
    const std::string decl(begin, end);
    const size_t at = decl.find("encoding");
    if (at == std::string::npos)
        return {};
    const size_t quote = decl.find_first_of("\"'", at);
    if (quote == std::string::npos)
        return "?";
    const size_t close = decl.find(decl[quote], quote + 1);
    std::string value = decl.substr(quote + 1, close == std::string::npos ? std::string::npos : close - quote - 1);
    for (char& c : value)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return value;
}

}  // namespace

void XmlElementStream::feed(const char* bytes, qsizetype size)
{
    if (m_consumed == 0 && size > 0) {
        // UTF-16 and UTF-32 (a BOM, or '<' as 16 bits) are left to the whole-document parser.
        const unsigned char first = static_cast<unsigned char>(bytes[0]);
        if (first == 0xFF || first == 0xFE || first == 0x00 || (size > 1 && bytes[1] == 0))
            throw Unstreamable();
    }
    m_consumed += size;
    m_buffer.append(bytes, size);
    scan(false);
    // Markup not complete yet (m_pos is at its '<') is scanned again with the next piece; markup longer than any real
    // document has (a huge comment, CDATA section or attribute) goes to the whole-document parser instead.
    if (m_buffer.size() - m_pos > kMaxMarkupBytes)
        throw Unstreamable();
    // What is handled leaves the buffer: into the skeleton, or (an element's bytes) already given away.
    const qsizetype drop = m_elementStart >= 0 ? m_elementStart : m_pos;
    if (m_elementStart < 0)
        keep(m_pos);
    if (drop > 0) {
        m_buffer.remove(0, drop);
        m_pos -= drop;
        m_kept -= drop;
        if (m_elementStart >= 0)
            m_elementStart -= drop;
    }
}

void XmlElementStream::finish()
{
    scan(true);
    if (m_pos != m_buffer.size() || m_elementStart >= 0 || !m_open.empty() || m_matched < 0 || !m_containerDone)
        throw Unstreamable();
    keep(m_pos);
}

void XmlElementStream::keep(qsizetype upTo)
{
    if (upTo > m_kept)
        m_skeleton.append(m_buffer.constData() + m_kept, upTo - m_kept);
    m_kept = qMax(m_kept, upTo);
}

void XmlElementStream::scan(bool atEnd)
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (m_pos < size) {
        const char* lt = static_cast<const char*>(std::memchr(data + m_pos, '<', size_t(size - m_pos)));
        if (!lt) {
            m_pos = size;
            return;
        }
        const qsizetype start = lt - data;
        m_pos = start;
        auto has = [&](const char* text) {
            const qsizetype n = qsizetype(std::strlen(text));
            return start + n <= size && std::memcmp(data + start, text, size_t(n)) == 0;
        };
        auto findFrom = [&](qsizetype from, const char* marker) -> qsizetype {
            const qsizetype n = qsizetype(std::strlen(marker));
            for (qsizetype i = from; i + n <= size; ++i) {
                const char* hit = static_cast<const char*>(std::memchr(data + i, marker[0], size_t(size - i)));
                if (!hit || hit - data + n > size)
                    return -1;
                i = hit - data;
                if (std::memcmp(hit, marker, size_t(n)) == 0)
                    return i;
            }
            return -1;
        };
        if (start + 9 > size && !atEnd)
            return;  // not enough to tell the kind of markup yet
        if (has("<?")) {
            const qsizetype end = findFrom(start + 2, "?>");
            if (end < 0)
                return;
            if (has("<?xml") && end > start + 5 && isSpace(data[start + 5])) {
                const std::string encoding = declaredEncoding(data + start, data + end);
                if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8")
                    throw Unstreamable();
            }
            m_pos = end + 2;
        } else if (has("<!--")) {
            const qsizetype end = findFrom(start + 4, "-->");
            if (end < 0)
                return;
            m_pos = end + 3;
        } else if (has("<![CDATA[")) {
            const qsizetype end = findFrom(start + 9, "]]>");
            if (end < 0)
                return;
            m_pos = end + 3;
        } else if (has("<!")) {
            throw Unstreamable();  // a DOCTYPE: entity rules belong to the whole-document parser
        } else if (has("</")) {
            const char* gt = static_cast<const char*>(std::memchr(data + start, '>', size_t(size - start)));
            if (!gt)
                return;
            qsizetype nameEnd = gt - data;
            while (nameEnd > start + 2 && isSpace(data[nameEnd - 1]))
                --nameEnd;
            endElement(gt - data, std::string(data + start + 2, data + nameEnd));
            m_pos = gt - data + 1;
        } else {
            qsizetype i = start + 1;
            while (i < size && !isSpace(data[i]) && data[i] != '/' && data[i] != '>')
                ++i;
            const std::string name(data + start + 1, data + i);
            if (name.empty())
                throw Unstreamable();
            char quote = 0;
            qsizetype gt = -1;
            for (; i < size; ++i) {
                const char c = data[i];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '<') {
                    throw Unstreamable();
                } else if (c == '>') {
                    gt = i;
                    break;
                }
            }
            if (gt < 0)
                return;
            startElement(start, gt, name, data[gt - 1] == '/');
            data = m_buffer.constData();
            m_pos = gt + 1;
        }
    }
}

void XmlElementStream::startElement(qsizetype tagStart, qsizetype tagEnd, std::string name, bool selfClosing)
{
    const qsizetype depth = qsizetype(m_open.size());  // of the parent
    if (m_matched < 0) {
        if (depth != 0)
            throw Unstreamable();
        QByteArray tag = m_buffer.mid(tagStart, tagEnd + 1 - tagStart);
        if (!selfClosing)
            tag.insert(tag.size() - 1, '/');
        m_path = onRoot(tag);
        if (m_path.isEmpty())
            throw Unstreamable();
        m_matched = 0;
        if (selfClosing)
            m_containerDone = true;
    } else if (m_elementStart < 0 && !m_containerDone && depth == 1 + m_matched) {
        if (m_matched < m_path.size()) {
            if (name == m_path[m_matched]) {
                ++m_matched;
                if (selfClosing)
                    m_containerDone = true;
            }
        } else {
            keep(tagStart);
            m_elementStart = tagStart;
            if (selfClosing) {
                onElement(m_buffer.mid(tagStart, tagEnd + 1 - tagStart));
                m_kept = tagEnd + 1;
                m_elementStart = -1;
            }
        }
    } else if (depth == 0) {
        throw Unstreamable();  // a second root
    }
    if (!selfClosing) {
        if (depth + 1 > m_maxDepth)
            throw Unstreamable();
        m_open.push_back(std::move(name));
    }
}

void XmlElementStream::endElement(qsizetype tagEnd, const std::string& name)
{
    if (m_open.empty() || m_open.back() != name)
        throw Unstreamable();
    m_open.pop_back();
    const qsizetype depth = qsizetype(m_open.size());
    if (m_elementStart >= 0 && depth == 1 + m_matched) {
        onElement(m_buffer.mid(m_elementStart, tagEnd + 1 - m_elementStart));
        m_kept = tagEnd + 1;
        m_elementStart = -1;
    } else if (!m_containerDone && m_matched > 0 && depth == m_matched) {
        m_containerDone = true;
    }
}

pugi::xml_document parseStreamedXml(const QByteArray& bytes, const QString& fileName, const QString& entry, unsigned options)
{
    try {
        return parseXml(bytes, fileName, entry, options);
    } catch (const Error&) {
        throw XmlElementStream::Unstreamable();
    }
}

}  // namespace thema
