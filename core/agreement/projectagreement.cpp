#include "agreement/projectagreement.h"

#include "agreement/parallel.h"
#include "model/error.h"
#include "store/projectstore.h"
#include "text/boundaries.h"
#include "text/offsets.h"

#include <QSet>

#include <stdexcept>

namespace thema::agreement {
namespace {

/** Non-empty lines, as units for sources without speaker turns. */
std::vector<Span> lineSpans(const QString& text)
{
    std::vector<Span> out;
    qint64 pos = 0, start = 0;
    bool content = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate())
            continue;  // the pair counts once, at its low half
        if (ch == QLatin1Char('\n')) {
            if (content)
                out.push_back({start, pos});
            start = pos + 1;
            content = false;
        } else if (!ch.isSpace()) {
            content = true;
        }
        ++pos;
    }
    if (content)
        out.push_back({start, pos});
    return out;
}

QString numberWord(qsizetype n)
{
    static const char* words[] = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
    return n >= 0 && n <= 10 ? QString::fromLatin1(words[n]) : QString::number(n);
}

/**
 * loadLayers() over @p read when given: codings already read in the store's order (source, start, end, id) that
 * include every coding of @p coders on @p sources, so the report does not read the codings twice.
 */
LayerInput layersOf(const ProjectStore& store, const QList<Coder>& coders, const QList<Code>& codes, const QList<Source>& sources,
                    UnitKind unit, const QList<Coding>* read)
{
    LayerInput in;
    QHash<Id, int> coderIndex, codeIndex;
    for (const Coder& c : coders) {
        coderIndex.insert(c.id, int(in.coders.size()));
        in.coders.append(c.name);
    }
    for (const Code& c : codes) {
        codeIndex.insert(c.id, int(in.codes.size()));
        in.codes.append(c.path.isEmpty() ? c.name : c.path);
    }
    CodingFilter filter;
    filter.timestamps = false;  // agreement never reads them, and parsing them costs more than the rest of the read
    filter.texts = false;
    for (const Coder& c : coders)
        filter.coders.append(c.id);
    for (const Code& c : codes)
        filter.codes.append(c.id);
    for (const Source& s : sources)
        filter.sources.append(s.id);
    QHash<Id, int> sourceIndex;
    for (const Source& s : sources) {
        sourceIndex.insert(s.id, int(in.sources.size()));
        SourceLayers layer;
        layer.name = s.name;
        layer.length = s.characters;
        if (unit == UnitKind::Turn) {
            for (const Turn& t : store.turns(s.id))
                if (!t.span.isEmpty())
                    layer.units.push_back(t.span);
            if (layer.units.empty())
                layer.units = lineSpans(store.sourceText(s.id));
            std::sort(layer.units.begin(), layer.units.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        }
        in.sources.push_back(std::move(layer));
    }
    if (unit == UnitKind::Word || unit == UnitKind::Sentence) {
        // ICU segmentation is most of the time here: this thread reads a batch of texts (the store is its own),
        // both cores cut them into units, then the next batch, so only a batch of texts (up to 8 million
        // characters) is held at once. Each batch starts a thread whose break iterators are opened anew: few, large
        // batches.
        constexpr qint64 kBatchCharacters = 8'000'000;
        for (int from = 0, count = 0; from < int(sources.size()); from += count) {
            std::vector<QString> texts;
            qint64 characters = 0;
            for (count = 0; from + count < int(sources.size()) && (count == 0 || characters < kBatchCharacters); ++count) {
                texts.push_back(store.sourceText(sources[from + count].id));
                characters += texts.back().size();
            }
            forEachIndex(count, [&](int i) {
                const Source& s = sources[from + i];
                const QList<Span> spans = unit == UnitKind::Word ? wordSpans(texts[i], s.language) : sentenceSpans(texts[i], s.language);
                in.sources[from + i].units.assign(spans.begin(), spans.end());
            });
        }
    }
    if (filter.sources.isEmpty() || filter.codes.isEmpty())
        return in;
    const QList<Coding> own = read ? QList<Coding>() : store.codings(filter);
    for (const Coding& c : read ? *read : own) {
        const auto s = sourceIndex.find(c.source);
        const auto k = codeIndex.find(c.code);
        const auto r = coderIndex.find(c.coder);
        if (s == sourceIndex.end() || k == codeIndex.end() || r == coderIndex.end())
            continue;
        in.sources[*s].codings.push_back({c.span, *k, *r});
    }
    return in;
}

}  // namespace

LayerInput loadLayers(const ProjectStore& store, const QList<Coder>& coders, const QList<Code>& codes, const QList<Source>& sources,
                      UnitKind unit)
{
    return layersOf(store, coders, codes, sources, unit, nullptr);
}

ProjectAgreement projectAgreement(const ProjectStore& store, const AgreementRequest& request)
{
    ProjectAgreement out;
    if (request.coders.size() < 2)
        throw Error(QStringLiteral("agreement needs at least two coders; %1 given").arg(request.coders.size()));
    for (Id id : request.coders) {
        const auto c = store.coder(id);
        if (!c)
            throw Error(QStringLiteral("no coder with id %1").arg(id));
        if (std::any_of(out.coders.begin(), out.coders.end(), [&](const Coder& x) { return x.id == id; }))
            throw Error(QStringLiteral("coder \"%1\" is named twice").arg(c->name));
        out.coders.append(*c);
    }
    const QList<Source> all = store.sources();
    out.projectSources = int(all.size());
    CodingFilter byCoders;
    byCoders.timestamps = false;
    byCoders.texts = false;
    for (const Coder& c : out.coders)
        byCoders.coders.append(c.id);
    if (!request.sources.isEmpty()) {
        for (Id id : request.sources) {
            const auto s = store.source(id);
            if (!s)
                throw Error(QStringLiteral("no source with id %1").arg(id));
            out.sources.append(*s);
        }
        byCoders.sources = request.sources;
    }
    const QList<Coding> codings = store.codings(byCoders);
    if (request.sources.isEmpty()) {
        QHash<Id, QSet<Id>> codersOf;
        for (const Coding& c : codings)
            codersOf[c.source].insert(c.coder);
        for (const Source& s : all)
            if (codersOf.value(s.id).size() == out.coders.size())
                out.sources.append(s);
    }
    QSet<Id> chosenSources;
    for (const Source& s : out.sources)
        chosenSources.insert(s.id);
    if (!request.codes.isEmpty()) {
        for (Id id : request.codes) {
            const auto c = store.code(id);
            if (!c)
                throw Error(QStringLiteral("no code with id %1").arg(id));
            out.codes.append(*c);
        }
    } else {
        QSet<Id> used;
        for (const Coding& c : codings)
            if (chosenSources.contains(c.source))
                used.insert(c.code);
        for (const Code& c : store.codes())  // codebook order
            if (used.contains(c.id))
                out.codes.append(c);
    }
    const LayerInput input = layersOf(store, out.coders, out.codes, out.sources, request.options.unit, &codings);
    try {
        out.result = layerAgreement(input, request.options);
    } catch (const std::invalid_argument& e) {
        throw Error(QString::fromUtf8(e.what()));
    }
    out.unitDefinition = unitDefinition(request.options.unit, request.options.overlap);
    return out;
}

QString methodsSentence(const ProjectAgreement& a)
{
    QStringList names;
    for (const Coder& c : a.coders)
        names.append(c.name);
    const QJsonObject& p = a.result.pooled;
    const auto fmt = [](const QJsonValue& v) { return v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : QStringLiteral("undefined"); };
    const auto ci = [&](const QString& key) {
        const QJsonObject c = p.value(key + QStringLiteral("_ci")).toObject();
        return c.isEmpty() ? QString()
                           : QStringLiteral(", %1% CI %2–%3").arg(int(c.value(QStringLiteral("confidence")).toDouble() * 100))
                                 .arg(fmt(c.value(QStringLiteral("low"))), fmt(c.value(QStringLiteral("high"))));
    };
    QString s = QStringLiteral("%1 coders (%2) independently coded %3 of %4 transcripts with %5 codes. ")
                    .arg(numberWord(a.coders.size()), names.join(QStringLiteral(", ")))
                    .arg(a.sources.size()).arg(a.projectSources).arg(a.codes.size());
    s += a.unitDefinition + QLatin1Char(' ');
    QStringList figures;
    if (p.contains(QStringLiteral("percent_agreement")))
        figures.append(QStringLiteral("percent agreement was %1%").arg(p.value(QStringLiteral("percent_agreement")).isDouble()
                                                                           ? QString::number(p.value(QStringLiteral("percent_agreement")).toDouble() * 100, 'f', 1)
                                                                           : QStringLiteral("undefined ")));
    if (p.contains(QStringLiteral("cohen_kappa")))
        figures.append(QStringLiteral("Cohen's κ = %1").arg(fmt(p.value(QStringLiteral("cohen_kappa")))));
    else if (p.contains(QStringLiteral("fleiss_kappa")))
        figures.append(QStringLiteral("Fleiss' κ = %1").arg(fmt(p.value(QStringLiteral("fleiss_kappa")))));
    if (p.contains(QStringLiteral("brennan_prediger")) && a.result.unit == UnitKind::Segment)
        figures.append(QStringLiteral("Brennan–Prediger κ = %1").arg(fmt(p.value(QStringLiteral("brennan_prediger")))));
    if (p.contains(QStringLiteral("krippendorff_alpha")))
        figures.append(QStringLiteral("Krippendorff's α = %1%2").arg(fmt(p.value(QStringLiteral("krippendorff_alpha"))),
                                                                    ci(QStringLiteral("krippendorff_alpha"))));
    if (p.contains(QStringLiteral("u_alpha")))
        figures.append(QStringLiteral("uα = %1%2").arg(fmt(p.value(QStringLiteral("u_alpha"))), ci(QStringLiteral("u_alpha"))));
    if (p.contains(QStringLiteral("binary_u_alpha")))
        figures.append(QStringLiteral("|uα = %1%2").arg(fmt(p.value(QStringLiteral("binary_u_alpha"))), ci(QStringLiteral("binary_u_alpha"))));
    if (p.contains(QStringLiteral("cu_alpha")))
        figures.append(QStringLiteral("cuα = %1%2").arg(fmt(p.value(QStringLiteral("cu_alpha"))), ci(QStringLiteral("cu_alpha"))));
    if (!figures.isEmpty())
        s += QStringLiteral("Pooled over codes and transcripts, ") + figures.join(QStringLiteral(", ")) + QLatin1Char('.');
    return s;
}

}  // namespace thema::agreement
