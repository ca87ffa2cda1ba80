#include "agreement/disagreements.h"

#include <algorithm>

namespace thema::agreement {
namespace {

std::vector<Span> mergeSpans(std::vector<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> out;
    for (const Span& s : spans) {
        if (s.isEmpty())
            continue;
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

/** Clusters of one (code, source): calls @p visit with each cluster's extent and per-coder spans. */
template <typename Visit>
void clusters(const LayerInput& input, Visit visit)
{
    const int m = int(input.coders.size());
    for (int s = 0; s < int(input.sources.size()); ++s) {
        const SourceLayers& src = input.sources[s];
        for (int c = 0; c < int(input.codes.size()); ++c) {
            std::vector<std::vector<Span>> byCoder(m);
            std::vector<Span> all;
            for (int k = 0; k < m; ++k) {
                byCoder[k] = mergeSpans(detail::spansOf(src, c, k));
                all.insert(all.end(), byCoder[k].begin(), byCoder[k].end());
            }
            for (const Span& extent : mergeSpans(all)) {
                Disagreement d{c, s, extent, std::vector<std::vector<Span>>(m)};
                for (int k = 0; k < m; ++k)
                    for (const Span& x : byCoder[k])
                        if (x.start >= extent.start && x.end <= extent.end)
                            d.spans[k].push_back(x);
                visit(d);
            }
        }
    }
}

bool identical(const Disagreement& d)
{
    return std::all_of(d.spans.begin(), d.spans.end(), [&](const std::vector<Span>& s) { return s == d.spans.front(); });
}

std::vector<Span> intersect(const std::vector<Span>& a, const std::vector<Span>& b)
{
    std::vector<Span> out;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const Span s{std::max(a[i].start, b[j].start), std::min(a[i].end, b[j].end)};
        if (!s.isEmpty())
            out.push_back(s);
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return out;
}

}  // namespace

std::vector<Disagreement> findDisagreements(const LayerInput& input)
{
    std::vector<Disagreement> out;
    clusters(input, [&](const Disagreement& d) {
        if (!identical(d))
            out.push_back(d);
    });
    std::stable_sort(out.begin(), out.end(), [](const Disagreement& a, const Disagreement& b) {
        return a.source != b.source ? a.source < b.source : a.extent.start < b.extent.start;
    });
    return out;
}

std::vector<std::pair<Disagreement, Span>> findAgreements(const LayerInput& input)
{
    std::vector<std::pair<Disagreement, Span>> out;
    clusters(input, [&](const Disagreement& d) {
        if (identical(d))
            for (const Span& s : d.spans.front())
                out.emplace_back(d, s);
    });
    return out;
}

std::vector<Span> settle(const Disagreement& d, const Decision& decision)
{
    switch (decision.kind) {
    case Resolution::AcceptCoder:
        return decision.coder >= 0 && decision.coder < int(d.spans.size()) ? d.spans[decision.coder] : std::vector<Span>{};
    case Resolution::Union: {
        std::vector<Span> all;
        for (const auto& s : d.spans)
            all.insert(all.end(), s.begin(), s.end());
        return mergeSpans(all);
    }
    case Resolution::Intersection: {
        if (d.spans.empty())
            return {};
        std::vector<Span> acc = d.spans.front();
        for (size_t k = 1; k < d.spans.size(); ++k)
            acc = intersect(acc, d.spans[k]);
        return acc;
    }
    case Resolution::Edited: {
        std::vector<Span> clipped;
        for (Span s : decision.spans) {
            s.start = std::max(s.start, d.extent.start);
            s.end = std::min(s.end, d.extent.end);
            clipped.push_back(s);
        }
        return mergeSpans(clipped);
    }
    case Resolution::Drop: return {};
    }
    return {};
}

std::optional<Decision> decisionFromRule(const QString& rule, const QStringList& coders)
{
    const QString r = rule.trimmed();
    if (r.compare(QLatin1String("union"), Qt::CaseInsensitive) == 0)
        return Decision{Resolution::Union};
    if (r.compare(QLatin1String("intersection"), Qt::CaseInsensitive) == 0)
        return Decision{Resolution::Intersection};
    if (r.compare(QLatin1String("drop"), Qt::CaseInsensitive) == 0)
        return Decision{Resolution::Drop};
    if (r.startsWith(QLatin1String("coder:"), Qt::CaseInsensitive)) {
        const qsizetype k = coders.indexOf(r.mid(6).trimmed());
        if (k >= 0)
            return Decision{Resolution::AcceptCoder, int(k)};
    }
    return std::nullopt;
}

}  // namespace thema::agreement
