#include "agreement/report.h"
#include "model/error.h"
#include "output.h"
#include "project.h"
#include "store/resolve.h"

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
                p.addOption(jsonOption());
                p.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV rows (pooled, per code, per source, per code × source).")});
                p.addOption({QStringLiteral("md"), QStringLiteral("Print the Markdown report (the default).")});
                p.addOption({QStringLiteral("html"), QStringLiteral("Print the HTML report.")});
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                const AgreementRequest request = requestFrom(p, *store);
                const ProjectAgreement a = projectAgreement(*store, request);
                if (a.sources.isEmpty())
                    io.err << "thema-cli agreement: no source was coded by every chosen coder; name sources with --sources\n";
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, report::json(a));
                else if (p.isSet(QStringLiteral("csv")))
                    io.out << report::csv(a);
                else if (p.isSet(QStringLiteral("html")))
                    io.out << report::html(a);
                else
                    io.out << report::markdown(a);
                return 0;
            }};
}

}  // namespace thema::cli
