#pragma once

#include "agreement/bootstrap.h"
#include "model/entities.h"

#include <QJsonObject>
#include <QStringList>

namespace thema::agreement {

/** The unit agreement is measured on. */
enum class UnitKind { Character, Word, Sentence, Turn, Segment, Continuum };

std::optional<UnitKind> unitKindFromName(const QString& name);
QString unitKindName(UnitKind kind);
/** One sentence for a methods section saying what a unit is and when it counts as coded. */
QString unitDefinition(UnitKind kind, double overlap);

/** One coding as the agreement functions see it: indices into LayerInput's coders and codes. */
struct CodedSpan {
    Span span;
    int code = 0;
    int coder = 0;
};

/** One source: its length in code points, its predefined units (word/sentence/turn), and the codings compared. */
struct SourceLayers {
    QString name;
    qint64 length = 0;
    std::vector<Span> units;
    std::vector<CodedSpan> codings;
};

/** Plain data for layerAgreement(): no store, no I/O. */
struct LayerInput {
    QStringList coders;  ///< two or more
    QStringList codes;
    std::vector<SourceLayers> sources;
};

struct LayerOptions {
    UnitKind unit = UnitKind::Character;
    double overlap = 0.9;                  ///< segment units: the overlap ratio (|A∩B|/|A∪B|) that makes a match
    std::optional<BootstrapOptions> bootstrap;  ///< intervals for α / uα by resampling sources
};

/** Figures for one code, one source, or one code in one source; −1 = all (pooled). */
struct FigureRow {
    int code = -1;
    int source = -1;
    QJsonObject figures;
};

/**
 * The figures, keyed as the CLI's JSON: percent_agreement, cohen_kappa, scott_pi, fleiss_kappa, conger_kappa,
 * brennan_prediger, gwet_ac1, krippendorff_alpha, u_alpha, binary_u_alpha, cu_alpha, p_o, p_e. A key that does
 * not apply to the unit or the number of coders is absent; an undefined value (no variance) is null.
 */
struct LayerResult {
    UnitKind unit = UnitKind::Character;
    QJsonObject pooled;
    QList<FigureRow> perCode, perSource, perCodeSource;
    QStringList notes;  ///< what the reader should know (e.g. why cuα is absent)
};

/**
 * Agreement between the coders of @p input on the chosen unit, per code, per source, per code × source and
 * pooled over all of them. Rating units (character, word, sentence, turn) give binary coded/not-coded tables per
 * code and source; pooled figures pool those tables. Segment units match segments as MAXQDA does, with
 * Brennan–Prediger chance 1/k over the k codes compared. Continuum units give Krippendorff's uα family, pooled
 * over sources as one continuum with a break at every source boundary. Throws std::invalid_argument for fewer
 * than two coders.
 */
LayerResult layerAgreement(const LayerInput& input, const LayerOptions& options);

namespace detail {
LayerResult ratingAgreement(const LayerInput& input, const LayerOptions& options);
LayerResult segmentAgreement(const LayerInput& input, const LayerOptions& options);
LayerResult continuumAgreement(const LayerInput& input, const LayerOptions& options);
/** Spans of coder @p coder for code @p code in @p source. */
std::vector<Span> spansOf(const SourceLayers& source, int code, int coder);
QJsonObject intervalJson(const Interval& interval);
}  // namespace detail

}  // namespace thema::agreement
