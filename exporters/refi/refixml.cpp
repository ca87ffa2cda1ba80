#include "refixml.h"

#include <sstream>

namespace thema::refi {

std::string xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            clean.append(c);
            clean.append(text[++i]);
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        clean.append(c);
    }
    return clean.toStdString();
}

void attr(pugi::xml_node node, const char* name, const QString& value)
{
    node.append_attribute(name).set_value(xmlText(value).c_str());
}

void timeAttr(pugi::xml_node node, const char* name, const QDateTime& time)
{
    if (time.isValid())
        attr(node, name, time.toUTC().toString(Qt::ISODate));
}

pugi::xml_node textChild(pugi::xml_node parent, const char* name, const QString& text)
{
    pugi::xml_node child = parent.append_child(name);
    child.append_child(pugi::node_pcdata).set_value(xmlText(text).c_str());
    return child;
}

void refChild(pugi::xml_node parent, const char* name, const QString& guid, const char* attribute)
{
    attr(parent.append_child(name), attribute, guid);
}

pugi::xml_node groupingCode(pugi::xml_node codes, const QString& guid, const QString& name, const QString& description)
{
    pugi::xml_node node = codes.append_child("Code");
    attr(node, "guid", guid);
    attr(node, "name", name);
    attr(node, "isCodable", QStringLiteral("false"));
    textChild(node, "Description", description);
    return node;
}

QByteArray serialize(const pugi::xml_document& doc)
{
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return QByteArray::fromStdString(out.str());
}

QString origin() { return QStringLiteral("Thema"); }

}  // namespace thema::refi
