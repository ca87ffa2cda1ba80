// The continuum: Krippendorff's uα family per code, per source and pooled, sources laid end to end.
#include "agreement/layeragreement.h"
#include "agreement/measureset.h"
#include "agreement/parallel.h"
#include "agreement/ualpha.h"

namespace thema::agreement::detail {
namespace {

/** Each coder's partition of one source with the given (already non-overlapping) valued segments. */
std::vector<std::vector<Segment>> partitions(const std::vector<std::vector<Segment>>& valued, qint64 length)
{
    std::vector<std::vector<Segment>> out;
    for (const auto& v : valued)
        out.push_back(partition(v, length));
    return out;
}

bool hasOverlap(const std::vector<Segment>& sorted)
{
    for (size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i].start < sorted[i - 1].end)
            return true;
    return false;
}

QJsonObject figuresOf(const UnitizedParts& parts, bool multiValued)
{
    const UnitizedAlpha a = unitizedAlpha(parts);
    QJsonObject o{{QStringLiteral("binary_u_alpha"), jsonNumber(a.binaryUAlpha)},
                  {QStringLiteral("D_o_binary"), a.binaryObserved}, {QStringLiteral("D_e_binary"), a.binaryExpected}};
    if (multiValued) {
        o.insert(QStringLiteral("u_alpha"), jsonNumber(a.uAlpha));
        o.insert(QStringLiteral("D_o"), a.observed);
        o.insert(QStringLiteral("D_e"), a.expected);
        if (a.cuAlpha || a.cuExpected > 0)
            o.insert(QStringLiteral("cu_alpha"), jsonNumber(a.cuAlpha));
    }
    return o;
}

using Statistic = std::function<std::optional<double>(const UnitizedAlpha&)>;

void addInterval(QJsonObject& figures, const QString& key, const std::vector<UnitizedParts>& perSource, const Statistic& pick,
                 const LayerOptions& options)
{
    if (!options.bootstrap || !figures.contains(key))
        return;
    const auto interval = bootstrapClusters(int(perSource.size()), [&](const std::vector<int>& draws) {
        UnitizedParts sum;
        for (size_t s = 0; s < perSource.size(); ++s)
            if (draws[s] > 0)
                sum.addScaled(perSource[s], draws[s]);
        return sum.l.empty() ? std::nullopt : pick(unitizedAlpha(sum));
    }, *options.bootstrap);
    if (interval)
        figures.insert(key + QStringLiteral("_ci"), intervalJson(*interval));
}

}  // namespace

LayerResult continuumAgreement(const LayerInput& input, const LayerOptions& options)
{
    LayerResult r;
    r.unit = options.unit;
    const int m = int(input.coders.size()), codes = int(input.codes.size()), sources = int(input.sources.size());
    std::vector<std::vector<UnitizedParts>> codeParts(codes, std::vector<UnitizedParts>(sources));
    std::vector<UnitizedParts> binaryParts(sources), multiParts(sources);
    std::vector<bool> multiValid(sources, true);
    QStringList overlapping;
    for (int s = 0; s < sources; ++s) {
        const SourceLayers& src = input.sources[s];
        std::vector<std::vector<std::vector<Segment>>> byCode(codes, std::vector<std::vector<Segment>>(m));
        for (const CodedSpan& c : src.codings)
            if (c.code >= 0 && c.code < codes && c.coder >= 0 && c.coder < m && c.span.start < src.length)
                byCode[c.code][c.coder].push_back({std::max<qint64>(0, c.span.start), std::min(c.span.end, src.length), c.code});
        std::vector<std::vector<Segment>> all(m), clusters(m);
        for (int c = 0; c < codes; ++c) {
            std::vector<std::vector<Segment>> one(m);
            for (int k = 0; k < m; ++k) {
                byCode[c][k] = mergeOverlaps(byCode[c][k]);  // a coder's own overlapping segments of one code: one unit
                all[k].insert(all[k].end(), byCode[c][k].begin(), byCode[c][k].end());
                for (Segment seg : byCode[c][k]) {
                    seg.value = 0;
                    one[k].push_back(seg);
                }
            }
            codeParts[c][s] = unitizedParts(partitions(one, src.length), 1);
            r.perCodeSource.append({c, s, figuresOf(codeParts[c][s], true)});
        }
        for (int k = 0; k < m; ++k) {
            std::sort(all[k].begin(), all[k].end(), [](const Segment& a, const Segment& b) { return a.start < b.start; });
            if (hasOverlap(all[k])) {
                multiValid[s] = false;
                overlapping.append(src.name + QStringLiteral(" (") + input.coders[k] + QLatin1Char(')'));
            }
            for (Segment seg : mergeOverlaps(all[k])) {
                seg.value = 0;
                clusters[k].push_back(seg);
            }
        }
        binaryParts[s] = unitizedParts(partitions(clusters, src.length), 1);
        if (multiValid[s])
            multiParts[s] = unitizedParts(partitions(all, src.length), codes);
        QJsonObject f = figuresOf(multiValid[s] ? multiParts[s] : binaryParts[s], multiValid[s]);
        if (!multiValid[s])  // |uα from the overlap clusters; uα and cuα need non-overlapping codes
            f = figuresOf(binaryParts[s], false);
        r.perSource.append({-1, s, f});
    }
    const Statistic uPick = [](const UnitizedAlpha& a) { return a.uAlpha; };
    const Statistic bPick = [](const UnitizedAlpha& a) { return a.binaryUAlpha; };
    const Statistic cuPick = [](const UnitizedAlpha& a) { return a.cuAlpha; };
    const bool allValid = std::all_of(multiValid.begin(), multiValid.end(), [](bool v) { return v; });
    UnitizedParts pooledBinary, pooledMulti;
    for (int s = 0; s < sources; ++s) {
        pooledBinary += binaryParts[s];
        if (allValid)
            pooledMulti += multiParts[s];
    }
    if (sources > 0) {
        r.pooled = figuresOf(pooledBinary, false);
        if (allValid) {
            const QJsonObject multi = figuresOf(pooledMulti, true);
            for (auto it = multi.begin(); it != multi.end(); ++it)
                r.pooled.insert(it.key(), it.value());
        }
    }
    // Every code's figures and interval, and the pooled intervals, each on its own (on both cores) into its slot.
    struct PooledInterval {
        QString key;
        const std::vector<UnitizedParts>* perSource;
        const Statistic* pick;
        QJsonObject figures;  // the figure, then its interval under key_ci
    };
    std::vector<PooledInterval> pooledIntervals;
    const auto pooledInterval = [&](const QString& key, const std::vector<UnitizedParts>& perSource, const Statistic& pick) {
        if (r.pooled.contains(key))
            pooledIntervals.push_back({key, &perSource, &pick, QJsonObject{{key, r.pooled.value(key)}}});
    };
    if (sources > 0) {
        if (allValid) {
            pooledInterval(QStringLiteral("u_alpha"), multiParts, uPick);
            pooledInterval(QStringLiteral("cu_alpha"), multiParts, cuPick);
        }
        pooledInterval(QStringLiteral("binary_u_alpha"), binaryParts, bPick);
    }
    std::vector<FigureRow> perCode(codes);
    forEachIndex(codes + int(pooledIntervals.size()), [&](int i) {
        if (i >= codes) {
            PooledInterval& p = pooledIntervals[size_t(i - codes)];
            addInterval(p.figures, p.key, *p.perSource, *p.pick, options);
            return;
        }
        UnitizedParts sum;
        for (int s = 0; s < sources; ++s)
            sum += codeParts[i][s];
        FigureRow row{i, -1, sum.l.empty() ? QJsonObject() : figuresOf(sum, true)};
        addInterval(row.figures, QStringLiteral("u_alpha"), codeParts[i], uPick, options);
        perCode[i] = std::move(row);
    });
    for (FigureRow& row : perCode)
        r.perCode.append(std::move(row));
    for (const PooledInterval& p : pooledIntervals)
        if (const QJsonValue ci = p.figures.value(p.key + QStringLiteral("_ci")); !ci.isUndefined())
            r.pooled.insert(p.key + QStringLiteral("_ci"), ci);
    r.notes.append(QStringLiteral("Per code, uα compares the code against everything else, so it equals |uα for that code; cuα needs "
                                  "two or more codes and is reported for sources and pooled figures."));
    if (options.bootstrap)
        if (const QString warning = fewClustersWarning(sources); !warning.isEmpty())
            r.notes.append(warning);
    if (!overlapping.isEmpty())
        r.notes.append(QStringLiteral("uα and cuα over all codes need each coder's segments of different codes not to overlap "
                                      "(one semantic domain); they overlap in %1, so those figures are left out there and |uα treats "
                                      "each stretch of overlapping segments as one relevant unit.").arg(overlapping.join(QStringLiteral(", "))));
    return r;
}

}  // namespace thema::agreement::detail
