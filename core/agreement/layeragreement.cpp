#include "agreement/layeragreement.h"

#include <stdexcept>

namespace thema::agreement {

std::optional<UnitKind> unitKindFromName(const QString& name)
{
    for (UnitKind k : {UnitKind::Character, UnitKind::Word, UnitKind::Sentence, UnitKind::Turn, UnitKind::Segment, UnitKind::Continuum})
        if (name.trimmed().toLower() == unitKindName(k))
            return k;
    return std::nullopt;
}

QString unitKindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Character: return QStringLiteral("character");
    case UnitKind::Word: return QStringLiteral("word");
    case UnitKind::Sentence: return QStringLiteral("sentence");
    case UnitKind::Turn: return QStringLiteral("turn");
    case UnitKind::Segment: return QStringLiteral("segment");
    case UnitKind::Continuum: return QStringLiteral("continuum");
    }
    return {};
}

QString unitDefinition(UnitKind kind, double overlap)
{
    switch (kind) {
    case UnitKind::Character:
        return QStringLiteral("The unit was the character: each character of a transcript counted as coded with a code by a coder "
                              "when it lay inside one of that coder's codings of the code (as in NVivo's coding comparison).");
    case UnitKind::Word:
        return QStringLiteral("The unit was the word (ICU word boundaries): a word counted as coded with a code by a coder when one "
                              "of that coder's codings of the code covered at least one of its characters.");
    case UnitKind::Sentence:
        return QStringLiteral("The unit was the sentence (ICU sentence boundaries; a line break always ends one): a sentence counted "
                              "as coded with a code by a coder when one of that coder's codings of the code covered at least one of "
                              "its characters.");
    case UnitKind::Turn:
        return QStringLiteral("The unit was the speaker turn (or the line, in transcripts without turns): a turn counted as coded "
                              "with a code by a coder when one of that coder's codings of the code covered at least one of its "
                              "characters.");
    case UnitKind::Segment:
        return QStringLiteral("The unit was the coded segment (as in MAXQDA): two coders' segments of a code matched when they "
                              "overlapped by at least %1% of their combined extent; kappa used Brennan and Prediger's chance "
                              "agreement of 1/k over the k codes compared.").arg(overlap * 100, 0, 'f', 0);
    case UnitKind::Continuum:
        return QStringLiteral("Agreement was measured on the text as a continuum of characters with Krippendorff's unitizing "
                              "alphas (uα, |uα and cuα; Krippendorff, Mathet, Bouvry & Widlöcher 2016), every coded segment a unit "
                              "and the uncoded stretches between them gaps.");
    }
    return {};
}

LayerResult layerAgreement(const LayerInput& input, const LayerOptions& options)
{
    if (input.coders.size() < 2)
        throw std::invalid_argument("agreement needs at least two coders");
    if (input.coders.size() > 64)
        throw std::invalid_argument("agreement handles at most 64 coders");
    switch (options.unit) {
    case UnitKind::Segment: return detail::segmentAgreement(input, options);
    case UnitKind::Continuum: return detail::continuumAgreement(input, options);
    default: return detail::ratingAgreement(input, options);
    }
}

namespace detail {

std::vector<Span> spansOf(const SourceLayers& source, int code, int coder)
{
    std::vector<Span> out;
    for (const CodedSpan& c : source.codings)
        if (c.code == code && c.coder == coder)
            out.push_back(c.span);
    return out;
}

QJsonObject intervalJson(const Interval& i)
{
    return {{QStringLiteral("low"), i.low}, {QStringLiteral("high"), i.high}, {QStringLiteral("confidence"), i.confidence},
            {QStringLiteral("samples"), i.samples}, {QStringLiteral("seed"), QString::number(i.seed)},
            {QStringLiteral("resampled"), QStringLiteral("sources")}};
}

}  // namespace detail
}  // namespace thema::agreement
