// Segment units, as MAXQDA compares them: matched / unmatched segments per code, Brennan–Prediger chance 1/k.
#include "agreement/layeragreement.h"
#include "agreement/measureset.h"
#include "agreement/segmentmatch.h"

namespace thema::agreement::detail {
namespace {

struct Counts {
    double matched = 0, unmatched = 0;
    void operator+=(const Counts& o)
    {
        matched += o.matched;
        unmatched += o.unmatched;
    }
};

QJsonObject figuresOf(const Counts& n, int codes)
{
    const double total = n.matched + n.unmatched;
    QJsonObject o{{QStringLiteral("matched"), n.matched}, {QStringLiteral("unmatched"), n.unmatched}};
    if (total <= 0) {
        o.insert(QStringLiteral("percent_agreement"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("brennan_prediger"), QJsonValue(QJsonValue::Null));
        return o;
    }
    const double po = n.matched / total;
    o.insert(QStringLiteral("percent_agreement"), po);
    o.insert(QStringLiteral("p_o"), po);
    if (codes >= 2) {
        const Coefficient k = makeCoefficient(po, 1.0 / codes);
        o.insert(QStringLiteral("p_e"), k.expected);
        o.insert(QStringLiteral("brennan_prediger"), jsonNumber(k.value));
    } else {
        o.insert(QStringLiteral("brennan_prediger"), QJsonValue(QJsonValue::Null));  // 1/k = 1: no chance correction possible
    }
    return o;
}

}  // namespace

LayerResult segmentAgreement(const LayerInput& input, const LayerOptions& options)
{
    LayerResult r;
    r.unit = options.unit;
    const int m = int(input.coders.size()), codes = int(input.codes.size()), sources = int(input.sources.size());
    std::vector<Counts> perCode(codes), perSource(sources);
    Counts pooled;
    for (int s = 0; s < sources; ++s) {
        const SourceLayers& src = input.sources[s];
        // This source's codings by code and coder, in their order (as spansOf() gives them), bucketed once.
        std::vector<std::vector<std::vector<Span>>> spans(codes, std::vector<std::vector<Span>>(m));
        for (const CodedSpan& c : src.codings)
            if (c.code >= 0 && c.code < codes && c.coder >= 0 && c.coder < m)
                spans[c.code][c.coder].push_back(c.span);
        for (int c = 0; c < codes; ++c) {
            Counts cell;
            for (int a = 0; a < m; ++a)
                for (int b = a + 1; b < m; ++b) {
                    const SegmentMatch match = matchSegments(spans[c][a], spans[c][b], options.overlap);
                    // A matched pair is one agreement (MAXQDA's cell a); each unmatched segment one disagreement (b, c).
                    cell.matched += double(match.pairs.size());
                    cell.unmatched += double(match.onlyFirst.size() + match.onlySecond.size());
                }
            perCode[c] += cell;
            perSource[s] += cell;
            pooled += cell;
            r.perCodeSource.append({c, s, figuresOf(cell, codes)});
        }
    }
    for (int c = 0; c < codes; ++c)
        r.perCode.append({c, -1, figuresOf(perCode[c], codes)});
    for (int s = 0; s < sources; ++s)
        r.perSource.append({-1, s, figuresOf(perSource[s], codes)});
    r.pooled = figuresOf(pooled, codes);
    r.pooled.insert(QStringLiteral("overlap_threshold"), options.overlap);
    if (m > 2)
        r.notes.append(QStringLiteral("With more than two coders, segments are matched for every pair of coders and the counts summed."));
    r.notes.append(QStringLiteral("Segment agreement has no 'neither coded' cell, so only percent agreement and Brennan–Prediger "
                                  "kappa (chance = 1/k, k = %1 codes) are reported.").arg(codes));
    return r;
}

}  // namespace thema::agreement::detail
