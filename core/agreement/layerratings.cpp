// Rating units (character, word, sentence, turn): binary coded / not-coded tables per code and source.
#include "agreement/layeragreement.h"
#include "agreement/measureset.h"
#include "agreement/parallel.h"
#include "agreement/units.h"

#include <QJsonArray>

#include <array>
#include <bit>

namespace thema::agreement::detail {
namespace {

QJsonObject figuresOf(const PatternCounts& patterns, const QStringList& coders)
{
    QJsonObject o = toJson(measureRatings(binaryTable(patterns, coders), Level::Nominal, WeightKind::Identity), JsonDetail::Figures);
    const int m = int(coders.size());
    QJsonObject codedBy;
    double all = 0, none = 0;
    std::vector<double> perCoder(m, 0.0);
    for (const auto& [mask, count] : patterns) {
        for (int c = 0; c < m; ++c)
            if ((mask >> c) & 1)
                perCoder[c] += count;
        all += std::popcount(mask) == m ? count : 0;
        none += mask == 0 ? count : 0;
    }
    for (int c = 0; c < m; ++c)
        codedBy.insert(coders[c], perCoder[c]);
    o.insert(QStringLiteral("coded_by"), codedBy);
    o.insert(QStringLiteral("coded_by_all"), all);
    o.insert(QStringLiteral("coded_by_none"), none);
    return o;
}

/** A 2×2 nominal coincidence matrix, row-major: o00, o01, o10, o11. */
using Coincidences = std::array<double, 4>;

Coincidences flat(const Matrix& o) { return {o[0][0], o[0][1], o[1][0], o[1][1]}; }

/**
 * krippendorffAlpha(o, differences(Level::Nominal, o, {0, 1})).alpha for a 2×2 matrix, with the same operations in
 * the same order (so the same bits), without building matrices: the bootstrap asks for it a thousand times per code.
 */
std::optional<double> nominalAlpha(const Coincidences& o)
{
    static constexpr double delta[4] = {0, 1, 1, 0};
    const double nc[2] = {0.0 + o[0] + o[1], 0.0 + o[2] + o[3]};
    const double n = 0.0 + o[0] + o[1] + o[2] + o[3];
    if (n <= 1)
        return std::nullopt;
    double dO = 0, dE = 0;
    for (int c = 0; c < 2; ++c)
        for (int k = 0; k < 2; ++k) {
            dO += o[2 * c + k] * delta[2 * c + k];
            dE += nc[c] * nc[k] * delta[2 * c + k];
        }
    const double observed = dO / n, expected = dE / (n * (n - 1));
    if (expected > 1e-12)
        return 1 - observed / expected;
    return std::nullopt;
}

/**
 * The α intervals of every code (from its per-source matrices in @p perCode) and of the pooled figure (@p pooled):
 * one pass over the resamples of sources serves them all, as bootstrapClusters() would draw them for each.
 */
std::vector<std::optional<Interval>> alphaIntervals(const std::vector<std::vector<Coincidences>>& perCode,
                                                    const std::vector<Coincidences>& pooled, const BootstrapOptions& options)
{
    const size_t statistics = perCode.size() + 1, sources = pooled.size();
    std::vector<std::vector<double>> values(statistics);
    std::vector<std::pair<size_t, double>> drawn;  // the sources a resample took, in order, with how many times
    forEachClusterResample(int(sources), options, [&](const std::vector<int>& draws) {
        drawn.clear();
        for (size_t s = 0; s < sources; ++s)
            if (draws[s] > 0)  // a source not drawn adds 0 × its cells, which leaves every sum as it is
                drawn.emplace_back(s, double(draws[s]));
        for (size_t i = 0; i < statistics; ++i) {
            const std::vector<Coincidences>& of = i < perCode.size() ? perCode[i] : pooled;
            Coincidences o{0.0, 0.0, 0.0, 0.0};
            for (const auto& [s, times] : drawn)
                for (int j = 0; j < 4; ++j)
                    o[j] += times * of[s][j];
            if (const auto alpha = nominalAlpha(o))
                values[i].push_back(*alpha);
        }
    });
    std::vector<std::optional<Interval>> out;
    for (std::vector<double>& v : values)
        out.push_back(percentileInterval(std::move(v), options));
    return out;
}

}  // namespace

LayerResult ratingAgreement(const LayerInput& input, const LayerOptions& options)
{
    LayerResult r;
    r.unit = options.unit;
    const int m = int(input.coders.size()), codes = int(input.codes.size()), sources = int(input.sources.size());
    std::vector<PatternCounts> perCode(codes), perSource(sources);
    std::vector<std::vector<Coincidences>> codeSourceCoincidence(codes, std::vector<Coincidences>(sources));
    std::vector<Coincidences> sourceCoincidence(sources);
    // Each source on its own (on two cores when there are two), into its own slots; then summed in source order.
    std::vector<std::vector<PatternCounts>> cellPatterns(sources, std::vector<PatternCounts>(codes));
    std::vector<std::vector<QJsonObject>> cellFigures(sources, std::vector<QJsonObject>(codes));
    r.perCodeSource.reserve(qsizetype(sources) * codes);
    forEachIndex(sources, [&](int s) {
        const SourceLayers& src = input.sources[s];
        // Bucket this source's codings by code and coder once.
        std::vector<std::vector<std::vector<Span>>> spans(codes, std::vector<std::vector<Span>>(m));
        for (const CodedSpan& c : src.codings)
            if (c.code >= 0 && c.code < codes && c.coder >= 0 && c.coder < m)
                spans[c.code][c.coder].push_back(c.span);
        const bool inOrder = options.unit != UnitKind::Character && unitsInOrder(src.units);
        for (int c = 0; c < codes; ++c) {
            const PatternCounts& p = cellPatterns[s][c] = options.unit == UnitKind::Character ? characterPatterns(src.length, spans[c])
                                                                                              : unitPatterns(src.units, spans[c], inOrder);
            addPatterns(perSource[s], p);
            codeSourceCoincidence[c][s] = flat(binaryCoincidences(p, m));
            cellFigures[s][c] = figuresOf(p, input.coders);
        }
        sourceCoincidence[s] = flat(binaryCoincidences(perSource[s], m));
    });
    PatternCounts pooled;
    for (int s = 0; s < sources; ++s)
        for (int c = 0; c < codes; ++c) {
            addPatterns(perCode[c], cellPatterns[s][c]);
            addPatterns(pooled, cellPatterns[s][c]);
            r.perCodeSource.append({c, s, std::move(cellFigures[s][c])});
        }
    std::vector<std::optional<Interval>> intervals;
    if (options.bootstrap)
        intervals = alphaIntervals(codeSourceCoincidence, sourceCoincidence, *options.bootstrap);
    const auto addInterval = [&](QJsonObject& figures, size_t i) {
        if (i < intervals.size() && intervals[i])
            figures.insert(QStringLiteral("krippendorff_alpha_ci"), intervalJson(*intervals[i]));
    };
    for (int c = 0; c < codes; ++c) {
        FigureRow row{c, -1, figuresOf(perCode[c], input.coders)};
        addInterval(row.figures, size_t(c));
        r.perCode.append(row);
    }
    for (int s = 0; s < sources; ++s)
        r.perSource.append({-1, s, figuresOf(perSource[s], input.coders)});
    r.pooled = figuresOf(pooled, input.coders);
    addInterval(r.pooled, size_t(codes));
    if (options.bootstrap)
        if (const QString warning = fewClustersWarning(sources); !warning.isEmpty())
            r.notes.append(warning);
    r.notes.append(QStringLiteral("Pooled figures pool the coded/not-coded tables of every code and source (units × codes)."));
    return r;
}

}  // namespace thema::agreement::detail
