#include "agreement/disagreementrows.h"

#include <algorithm>

namespace thema::agreement {

std::vector<int> codersWhoCoded(const Disagreement& d)
{
    std::vector<int> who;
    for (int k = 0; k < int(d.spans.size()); ++k)
        if (!d.spans[k].empty())
            who.push_back(k);
    return who;
}

std::vector<DisagreementRow> disagreementRows(const std::vector<Disagreement>& list)
{
    std::vector<int> rowOf(list.size(), -1);
    std::vector<DisagreementRow> rows;
    for (int i = 0; i < int(list.size()); ++i) {
        if (rowOf[i] >= 0)
            continue;
        DisagreementRow row;
        row.members.push_back(i);
        row.extent = list[i].extent;
        const std::vector<int> coded = codersWhoCoded(list[i]);
        // A partner: another code, same source, overlapping, coded only by coders who left this code out here.
        for (int j = i + 1; j < int(list.size()) && !coded.empty(); ++j) {
            const Disagreement& o = list[j];
            if (rowOf[j] >= 0 || o.code == list[i].code || o.source != list[i].source || !o.extent.overlaps(list[i].extent))
                continue;
            const std::vector<int> other = codersWhoCoded(o);
            const bool disjoint = !other.empty() && std::none_of(other.begin(), other.end(), [&](int k) {
                return std::find(coded.begin(), coded.end(), k) != coded.end();
            });
            if (!disjoint)
                continue;
            row.members.push_back(j);
            row.extent = {std::min(row.extent.start, o.extent.start), std::max(row.extent.end, o.extent.end)};
            rowOf[j] = int(rows.size());
            break;
        }
        rowOf[i] = int(rows.size());
        rows.push_back(row);
    }
    return rows;
}

}  // namespace thema::agreement
