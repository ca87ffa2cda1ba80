// Rating units (character, word, sentence, turn): binary coded / not-coded tables per code and source.
#include "agreement/layeragreement.h"
#include "agreement/measureset.h"
#include "agreement/units.h"

#include <QJsonArray>

#include <bit>

namespace thema::agreement::detail {
namespace {

QJsonObject figuresOf(const PatternCounts& patterns, const QStringList& coders)
{
    QJsonObject o = toJson(measureRatings(binaryTable(patterns, coders), Level::Nominal, WeightKind::Identity));
    for (const char* key : {"parts", "categories", "level", "weights", "pairable_units", "fleiss_kappa_per_category"})
        o.remove(QLatin1String(key));
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

std::optional<double> alphaOfDraw(const std::vector<Matrix>& perSource, const std::vector<int>& draws)
{
    Matrix o(2, std::vector<double>(2, 0.0));
    for (size_t s = 0; s < perSource.size(); ++s)
        for (int c = 0; c < 2; ++c)
            for (int k = 0; k < 2; ++k)
                o[c][k] += draws[s] * perSource[s][c][k];
    return krippendorffAlpha(o, differences(Level::Nominal, o, {0, 1})).alpha;
}

void addInterval(QJsonObject& figures, const std::vector<Matrix>& perSource, const LayerOptions& options)
{
    if (!options.bootstrap)
        return;
    const auto interval = bootstrapClusters(int(perSource.size()), [&](const std::vector<int>& d) { return alphaOfDraw(perSource, d); },
                                            *options.bootstrap);
    if (interval)
        figures.insert(QStringLiteral("krippendorff_alpha_ci"), intervalJson(*interval));
}

}  // namespace

LayerResult ratingAgreement(const LayerInput& input, const LayerOptions& options)
{
    LayerResult r;
    r.unit = options.unit;
    const int m = int(input.coders.size()), codes = int(input.codes.size()), sources = int(input.sources.size());
    std::vector<PatternCounts> perCode(codes), perSource(sources);
    std::vector<std::vector<Matrix>> codeSourceCoincidence(codes, std::vector<Matrix>(sources));
    std::vector<Matrix> sourceCoincidence(sources);
    PatternCounts pooled;
    for (int s = 0; s < sources; ++s) {
        const SourceLayers& src = input.sources[s];
        // Bucket this source's codings by code and coder once.
        std::vector<std::vector<std::vector<Span>>> spans(codes, std::vector<std::vector<Span>>(m));
        for (const CodedSpan& c : src.codings)
            if (c.code >= 0 && c.code < codes && c.coder >= 0 && c.coder < m)
                spans[c.code][c.coder].push_back(c.span);
        for (int c = 0; c < codes; ++c) {
            const PatternCounts p = options.unit == UnitKind::Character ? characterPatterns(src.length, spans[c])
                                                                        : unitPatterns(src.units, spans[c]);
            addPatterns(perCode[c], p);
            addPatterns(perSource[s], p);
            addPatterns(pooled, p);
            codeSourceCoincidence[c][s] = binaryCoincidences(p, m);
            r.perCodeSource.append({c, s, figuresOf(p, input.coders)});
        }
        sourceCoincidence[s] = binaryCoincidences(perSource[s], m);
    }
    for (int c = 0; c < codes; ++c) {
        FigureRow row{c, -1, figuresOf(perCode[c], input.coders)};
        addInterval(row.figures, codeSourceCoincidence[c], options);
        r.perCode.append(row);
    }
    for (int s = 0; s < sources; ++s)
        r.perSource.append({-1, s, figuresOf(perSource[s], input.coders)});
    r.pooled = figuresOf(pooled, input.coders);
    addInterval(r.pooled, sourceCoincidence, options);
    if (options.bootstrap)
        if (const QString warning = fewClustersWarning(sources); !warning.isEmpty())
            r.notes.append(warning);
    r.notes.append(QStringLiteral("Pooled figures pool the coded/not-coded tables of every code and source (units × codes)."));
    return r;
}

}  // namespace thema::agreement::detail
