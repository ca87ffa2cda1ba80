#include "maplayout.h"

#include <functional>

namespace thema {
namespace {

constexpr double kColumn = 190;   // width of one column of codes
constexpr double kRow = 110;      // vertical distance between theme levels
constexpr double kCodeStep = 36;  // vertical distance between stacked codes
constexpr double kRowWidth = 1700; // blocks of top-level themes wrap after this width
constexpr double kGap = 60;       // between blocks

}  // namespace

MapGraph MapGraph::build(const QList<Theme>& themes, const QList<Code>& codes)
{
    MapGraph g;
    QHash<Id, Code> codeById;
    for (const Code& c : codes)
        codeById.insert(c.id, c);
    QHash<Id, QList<const Theme*>> children;
    for (const Theme& t : themes)
        children[t.parent].append(&t);
    QSet<QString> placed;

    // Lays out theme t with its subthemes and codes in columns starting at x; returns [left, right) and the
    // block's bottom. A theme's own codes stack in one column below it (a code already placed elsewhere gets only
    // an edge); subthemes take the columns after it, one level down.
    struct Extent {
        double left = 0, right = 0, bottom = 0;
    };
    std::function<Extent(const Theme&, int, double, double)> place = [&](const Theme& t, int level, double x, double top) -> Extent {
        const QString key = QStringLiteral("t:") + t.guid;
        g.nodes.append({key, t.name, QString(), level, false, t.status});
        const double y = top + level * kRow;
        Extent e{x, x, y + 30};
        QList<const Code*> own;
        for (Id c : t.codes)
            if (codeById.contains(c))
                own.append(&codeById[c]);
        std::sort(own.begin(), own.end(), [](const Code* a, const Code* b) { return a->path < b->path; });
        bool stacked = false;
        double codeY = y + 62;
        for (const Code* c : own) {
            const QString ckey = QStringLiteral("c:") + c->guid;
            g.edges.append({key, ckey});
            if (placed.contains(ckey))
                continue;
            placed.insert(ckey);
            g.nodes.append({ckey, c->name, c->color, level + 1, true, ThemeStatus::Candidate});
            g.positions.insert(ckey, QPointF(e.right + kColumn / 2 + 14, codeY));
            e.bottom = std::max(e.bottom, codeY + 20);
            codeY += kCodeStep;
            stacked = true;
        }
        if (stacked || children.value(t.id).isEmpty())
            e.right += kColumn;
        for (const Theme* sub : children.value(t.id)) {
            g.edges.append({key, QStringLiteral("t:") + sub->guid});
            const Extent s = place(*sub, level + 1, e.right, top);
            e.right = s.right;
            e.bottom = std::max(e.bottom, s.bottom);
        }
        g.positions.insert(key, QPointF((e.left + e.right) / 2, y));
        return e;
    };
    double x = 0, top = 0, rowBottom = 0;
    for (const Theme* t : children.value(0)) {
        // Lay the block out where it would go; move it to the next row when it would overrun the row.
        const qsizetype nodesBefore = g.nodes.size();
        Extent e = place(*t, 0, x, top);
        if (x > 0 && e.right > kRowWidth) {
            const double dx = -x, dy = rowBottom + kGap - top;
            for (qsizetype i = nodesBefore; i < g.nodes.size(); ++i)
                g.positions[g.nodes[i].key] += QPointF(dx, dy);
            top += dy;
            e.right += dx;
            e.bottom += dy;
            rowBottom = e.bottom;
        }
        rowBottom = std::max(rowBottom, e.bottom);
        x = e.right + kGap;
    }
    return g;
}

}  // namespace thema
