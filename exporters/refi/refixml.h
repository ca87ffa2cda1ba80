#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <pugixml.hpp>

namespace thema::refi {

/** UTF-8 for pugixml, without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
std::string xmlText(const QString& text);

/** Adds attribute @p name = @p value. */
void attr(pugi::xml_node node, const char* name, const QString& value);
/** Adds an xsd:dateTime attribute in UTC ("2025-06-11T16:31:16Z"); nothing when @p time is invalid. */
void timeAttr(pugi::xml_node node, const char* name, const QDateTime& time);
/** Adds a child element holding @p text. */
pugi::xml_node textChild(pugi::xml_node parent, const char* name, const QString& text);
/** Adds <name targetGUID="guid"/>. */
void refChild(pugi::xml_node parent, const char* name, const QString& guid, const char* attribute = "targetGUID");

/** Adds a non-codable <Code> that groups others (Thema's "Themes" and "Cases"), with its description. */
pugi::xml_node groupingCode(pugi::xml_node codes, const QString& guid, const QString& name, const QString& description);

/** The document as indented UTF-8 with an XML declaration. */
QByteArray serialize(const pugi::xml_document& doc);

/** "Thema": the origin attribute, by which the importer knows positions are code points. */
QString origin();

}  // namespace thema::refi
