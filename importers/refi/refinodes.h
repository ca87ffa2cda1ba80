#pragma once

#include "exchange/refiformat.h"
#include "xmlparse.h"

#include <QString>

#include <cstring>

// Namespace-blind access to QDA-XML elements: exports use the default namespace, prefixes, or old URNs.
namespace thema::refinodes {

inline bool is(const pugi::xml_node& node, const char* name)
{
    return node.type() == pugi::node_element && std::strcmp(localName(node), name) == 0;
}

template <typename F>
void each(const pugi::xml_node& parent, const char* name, F f)
{
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
        if (is(c, name))
            f(c);
}

inline pugi::xml_node child(const pugi::xml_node& parent, const char* name)
{
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
        if (is(c, name))
            return c;
    return {};
}

inline int countOf(const pugi::xml_node& parent, const char* name)
{
    int n = 0;
    each(parent, name, [&](const pugi::xml_node&) { ++n; });
    return n;
}

inline QString attr(const pugi::xml_node& node, const char* name) { return QString::fromUtf8(node.attribute(name).value()); }

/** The element's text (first PCDATA or CDATA child). */
inline QString text(const pugi::xml_node& node) { return node ? QString::fromUtf8(node.text().get()) : QString(); }

/** A GUID as a lookup key: normalised when it is one, else the raw text in lower case (references still match). */
inline QString normalizeGuidOr(const QString& raw)
{
    const QString g = refi::normalizeGuid(raw);
    return g.isEmpty() ? raw.trimmed().toLower() : g;
}

}  // namespace thema::refinodes
