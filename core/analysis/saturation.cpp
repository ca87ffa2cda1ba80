#include "analysis/saturation.h"

#include "store/projectstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace thema {

QList<SaturationPoint> computeSaturation(const ProjectStore& store, const QList<Id>& coders)
{
    CodingFilter filter;
    filter.coders = coders;
    const QList<Coding> codings = store.codings(filter);
    struct First {
        QDateTime at;
        Id id = 0;
    };
    QHash<Id, First> first;
    QHash<Id, QList<const Coding*>> bySource;
    for (const Coding& c : codings) {
        auto it = first.find(c.source);
        if (it == first.end() || c.createdAt < it->at || (c.createdAt == it->at && c.id < it->id))
            first.insert(c.source, {c.createdAt, c.id});
        bySource[c.source].append(&c);
    }
    QList<Id> order = first.keys();
    std::sort(order.begin(), order.end(), [&](Id a, Id b) {
        const First& fa = first[a];
        const First& fb = first[b];
        return fa.at != fb.at ? fa.at < fb.at : fa.id < fb.id;
    });
    QHash<Id, QString> paths, names;  // read once each, not a query per source or code
    for (const Code& c : store.codes())
        paths.insert(c.id, c.path);
    for (const Source& s : store.sources())
        names.insert(s.id, s.name);
    QList<SaturationPoint> points;
    QSet<Id> seen;
    for (Id s : order) {
        QList<const Coding*> list = bySource[s];
        std::sort(list.begin(), list.end(), [](const Coding* a, const Coding* b) { return a->id < b->id; });
        SaturationPoint p;
        p.source = s;
        p.name = names.value(s, QString::number(s));
        for (const Coding* c : list)
            if (!seen.contains(c->code)) {
                seen.insert(c->code);
                ++p.newCodes;
                p.newCodePaths.append(paths.value(c->code, QString::number(c->code)));
            }
        p.cumulative = int(seen.size());
        points.append(p);
    }
    return points;
}

}  // namespace thema
