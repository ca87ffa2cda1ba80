#include "agreement/adjudication.h"
#include "agreement/handdecisions.h"
#include "agreement/report.h"
#include "format/csvwriter.h"
#include "format/htmlwriter.h"
#include "format/markdownwriter.h"
#include "model/error.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "tables/reportdocuments.h"
#include "text/offsets.h"

using namespace thema::agreement;

namespace thema::cli {
namespace {

QStringList listOption(const QCommandLineParser& p, const QString& name)
{
    QStringList out;
    for (const QString& value : p.values(name))
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
    return out;
}

AgreementRequest requestFrom(const QCommandLineParser& p, const ProjectStore& store)
{
    AgreementRequest r;
    const QStringList coders = listOption(p, QStringLiteral("coders"));
    if (coders.size() < 2)
        throw UsageError(QStringLiteral("--coders needs two or more coder names, e.g. --coders Ana,Ben"));
    for (const QString& c : coders)
        r.coders.append(resolve::coder(store, c).id);
    for (const QString& c : listOption(p, QStringLiteral("codes")))
        r.codes.append(resolve::code(store, c).id);
    for (const QString& s : listOption(p, QStringLiteral("sources")))
        r.sources.append(resolve::source(store, s).id);
    const auto unit = unitKindFromName(p.value(QStringLiteral("unit")));
    if (!unit)
        throw UsageError(QStringLiteral("--unit must be character, word, sentence, turn, segment or continuum"));
    r.options.unit = *unit;
    bool ok = false;
    double overlap = p.value(QStringLiteral("overlap")).toDouble(&ok);
    if (ok && overlap > 1 && overlap <= 100)
        overlap /= 100;  // "90" means 90%
    if (!ok || overlap < 0 || overlap > 1)
        throw UsageError(QStringLiteral("--overlap must be a share between 0 and 1 (or a percentage)"));
    r.options.overlap = overlap;
    const int samples = p.value(QStringLiteral("bootstrap")).toInt(&ok);
    if (!ok || samples < 0)
        throw UsageError(QStringLiteral("--bootstrap must be a whole number ≥ 0"));
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(QStringLiteral("--seed must be a whole number"));
    if (samples > 0)
        r.options.bootstrap = BootstrapOptions{samples, seed, 0.95};
    return r;
}

/** The disagreements with each coder's spans and the text they cover. */
int listDisagreements(const ProjectStore& store, const ProjectAgreement& a, const QCommandLineParser& p, Io& io)
{
    const LayerInput input = loadLayers(store, a.coders, a.codes, a.sources, UnitKind::Character);
    const std::vector<Disagreement> list = findDisagreements(input);
    QHash<int, QString> texts;
    QJsonArray json;
    for (size_t i = 0; i < list.size(); ++i) {
        const Disagreement& d = list[i];
        if (!texts.contains(d.source))
            texts.insert(d.source, store.sourceText(a.sources[d.source].id));
        const QString& text = texts[d.source];
        QJsonObject coders;
        QStringList summary;
        for (int k = 0; k < int(d.spans.size()); ++k) {
            QJsonArray spans;
            QStringList shown;
            for (const Span& s : d.spans[k]) {
                spans.append(QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end},
                                         {QStringLiteral("text"), TextOffsets::mid(text, s.start, s.end)}});
                shown.append(QStringLiteral("[%1, %2)").arg(s.start).arg(s.end));
            }
            coders.insert(a.coders[k].name, spans);
            summary.append(a.coders[k].name + QLatin1Char(' ') + (shown.isEmpty() ? QStringLiteral("—") : shown.join(QLatin1Char(' '))));
        }
        const QString extentText = TextOffsets::mid(text, d.extent.start, d.extent.end);
        json.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("code"), input.codes[d.code]},
                                {QStringLiteral("source"), a.sources[d.source].name},
                                {QStringLiteral("extent"), QJsonObject{{QStringLiteral("start"), d.extent.start}, {QStringLiteral("end"), d.extent.end}}},
                                {QStringLiteral("coders"), coders}, {QStringLiteral("text"), extentText}});
        if (!p.isSet(QStringLiteral("json")))
            io.out << i << ". " << a.sources[d.source].name << " · " << input.codes[d.code] << " · " << summary.join(QStringLiteral("; "))
                   << "\n   " << ellipsize(extentText, 110) << '\n';
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, json);
    else
        io.out << counted(list.size(), QStringLiteral("disagreement")) << '\n';
    return 0;
}

int runAdjudication(ProjectStore& store, const ProjectAgreement& a, const QCommandLineParser& p, Io& io)
{
    QStringList names;
    for (const Coder& c : a.coders)
        names.append(c.name);
    const auto rule = decisionFromRule(p.value(QStringLiteral("adjudicate")), names);
    if (!rule)
        throw UsageError(QStringLiteral("--adjudicate must be union, intersection, drop or coder:NAME (one of %1)").arg(names.join(QStringLiteral(", "))));
    const QString consensus = p.value(QStringLiteral("consensus")).isEmpty() ? QStringLiteral("Consensus") : p.value(QStringLiteral("consensus"));
    // Disagreements settled by hand (thema-cli settle, or the GUI) stay as decided; the rule settles the rest.
    const std::map<int, Decision> byHand = handDecisions(store, a, consensus, characterDisagreements(store, a));
    const AdjudicationResult r = adjudicate(store, a, consensus, *rule, byHand);
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("consensus_coder"), consensus}, {QStringLiteral("agreements_copied"), r.agreementsCopied},
                                      {QStringLiteral("disagreements_settled"), r.disagreementsSettled},
                                      {QStringLiteral("codings_written"), r.codingsWritten}});
    else
        io.out << "Consensus coder \"" << consensus << "\": " << counted(r.agreementsCopied, QStringLiteral("agreed span")) << " copied, "
               << counted(r.disagreementsSettled, QStringLiteral("disagreement")) << " settled by rule '" << p.value(QStringLiteral("adjudicate"))
               << "', " << counted(r.codingsWritten, QStringLiteral("coding")) << " written.\n";
    return 0;
}

}  // namespace

Command makeAgreementCommand()
{
    return {QStringLiteral("agreement"), QStringLiteral("Intercoder agreement between two or more coders of a project."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addOption({QStringLiteral("coders"), QStringLiteral("Coders to compare (names or ids, comma-separated)."), QStringLiteral("A,B")});
                p.addOption({QStringLiteral("unit"), QStringLiteral("character (default), word, sentence, turn, segment or continuum."),
                             QStringLiteral("unit"), QStringLiteral("character")});
                p.addOption({QStringLiteral("overlap"), QStringLiteral("Segment units: overlap share that makes a match (default 0.9)."),
                             QStringLiteral("share"), QStringLiteral("0.9")});
                p.addOption({QStringLiteral("codes"), QStringLiteral("Codes to compare (paths or ids, comma-separated; default: all used)."),
                             QStringLiteral("codes")});
                p.addOption({QStringLiteral("sources"), QStringLiteral("Sources to compare (default: those every coder coded)."),
                             QStringLiteral("sources")});
                p.addOption({QStringLiteral("bootstrap"), QStringLiteral("Resamples of sources for alpha intervals (0 = none)."),
                             QStringLiteral("n"), QStringLiteral("1000")});
                p.addOption({QStringLiteral("seed"), QStringLiteral("Seed for the bootstrap."), QStringLiteral("seed"), QStringLiteral("20160501")});
                p.addOption({QStringLiteral("disagreements"), QStringLiteral("List the places where the coders differ, with the text.")});
                p.addOption({QStringLiteral("adjudicate"), QStringLiteral("Write a consensus layer: agreed spans as they are, disagreements "
                                                                          "by RULE (union, intersection, drop, coder:NAME)."),
                             QStringLiteral("rule")});
                p.addOption({QStringLiteral("consensus"), QStringLiteral("Name of the consensus coder (default Consensus)."), QStringLiteral("name")});
                p.addOption(jsonOption());
                p.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV rows (pooled, per code, per source, per code × source).")});
                p.addOption({QStringLiteral("md"), QStringLiteral("Print the Markdown report (the default).")});
                p.addOption({QStringLiteral("html"), QStringLiteral("Print the HTML report.")});
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                const AgreementRequest request = requestFrom(p, *store);
                AgreementRequest quick = request;
                if (p.isSet(QStringLiteral("disagreements")) || p.isSet(QStringLiteral("adjudicate")))
                    quick.options.bootstrap.reset();
                const ProjectAgreement a = projectAgreement(*store, quick);
                if (p.isSet(QStringLiteral("adjudicate")))
                    return runAdjudication(*store, a, p, io);
                if (p.isSet(QStringLiteral("disagreements")))
                    return listDisagreements(*store, a, p, io);
                if (a.sources.isEmpty())
                    io.err << "thema-cli agreement: no source was coded by every chosen coder; name sources with --sources\n";
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, report::json(a));
                else if (p.isSet(QStringLiteral("csv")))
                    io.out << CsvWriter::render(reports::agreementReport(a));  // formula-like names protected there
                else if (p.isSet(QStringLiteral("html")))
                    io.out << HtmlWriter::render(reports::agreementReport(a, false));
                else
                    io.out << MarkdownWriter::render(reports::agreementReport(a, false));
                return 0;
            }};
}

}  // namespace thema::cli
