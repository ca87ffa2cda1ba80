#include "maplayout.h"

#include <functional>

namespace thema {
namespace {

constexpr double kColumn = 150;  // horizontal distance between leaves
constexpr double kRow = 130;     // vertical distance between levels

}  // namespace

MapGraph MapGraph::build(const QList<Theme>& themes, const QList<Code>& codes)
{
    MapGraph g;
    QHash<Id, Code> codeById;
    for (const Code& c : codes)
        codeById.insert(c.id, c);
    QHash<Id, QList<const Theme*>> children;
    int deepest = 0;
    for (const Theme& t : themes) {
        children[t.parent].append(&t);
        deepest = std::max(deepest, int(t.path.count(QLatin1Char('/'))));
    }
    const int codeLevel = deepest + 1;
    QHash<QString, int> codeSlot;  // code key → leaf slot, for codes seen before
    double nextSlot = 0;
    int codeCount = 0;

    // Returns the x of the node placed for theme t (the mean of its children's).
    std::function<double(const Theme&, int)> place = [&](const Theme& t, int level) -> double {
        const QString key = QStringLiteral("t:") + t.guid;
        g.nodes.append({key, t.name, QString(), level, false, t.status});
        QList<double> xs;
        for (const Theme* sub : children.value(t.id)) {
            xs.append(place(*sub, level + 1));
            g.edges.append({key, QStringLiteral("t:") + sub->guid});
        }
        for (Id c : t.codes) {
            if (!codeById.contains(c))
                continue;
            const Code& code = codeById[c];
            const QString ckey = QStringLiteral("c:") + code.guid;
            if (!codeSlot.contains(ckey)) {
                codeSlot.insert(ckey, int(nextSlot));
                g.nodes.append({ckey, code.name, code.color, codeLevel, true, ThemeStatus::Candidate});
                g.positions.insert(ckey, QPointF(nextSlot * kColumn, codeLevel * kRow + (codeCount % 2) * 45));
                ++codeCount;
                xs.append(nextSlot * kColumn);
                nextSlot += 1;
            }
            g.edges.append({key, ckey});
        }
        double x;
        if (xs.isEmpty()) {
            x = nextSlot * kColumn;
            nextSlot += 1;
        } else {
            x = (*std::min_element(xs.begin(), xs.end()) + *std::max_element(xs.begin(), xs.end())) / 2;
        }
        g.positions.insert(key, QPointF(x, level * kRow));
        return x;
    };
    for (const Theme* t : children.value(0)) {
        place(*t, 0);
        nextSlot += 0.5;  // a gap between top-level themes
    }
    return g;
}

}  // namespace thema
