#pragma once

#include "model/entities.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace thema::tree {

/**
 * Orders hierarchical items (codes, themes) depth-first, siblings by position then name, and fills each
 * item's "Parent/Child" path. Items whose parent is missing are treated as roots.
 */
template <typename T>
QList<T> depthFirst(QList<T> items)
{
    QHash<Id, QList<int>> children;
    QHash<Id, int> byId;
    for (int i = 0; i < items.size(); ++i)
        byId.insert(items[i].id, i);
    for (int i = 0; i < items.size(); ++i) {
        const Id parent = byId.contains(items[i].parent) ? items[i].parent : 0;
        children[parent].append(i);
    }
    for (auto& list : children)
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            if (items[a].position != items[b].position)
                return items[a].position < items[b].position;
            return items[a].name.compare(items[b].name, Qt::CaseInsensitive) < 0;
        });
    QList<T> result;
    result.reserve(items.size());
    auto visit = [&](auto&& self, Id parent, const QString& prefix) -> void {
        for (int i : children.value(parent)) {
            T item = items[i];
            item.path = prefix.isEmpty() ? item.name : prefix + QLatin1Char('/') + item.name;
            result.append(item);
            self(self, item.id, item.path);
        }
    };
    visit(visit, 0, QString());
    return result;
}

}  // namespace thema::tree
