// thema-bench-agreement [--sources N] [--codes N] [--codings N] [--chars N] [--bootstrap N] [--rater-units N] [--dump DIR]
// [--unit NAME]:
// prints JSON figures (--dump DIR also writes each unit's Markdown, JSON and CSV report there, to compare two builds).
//
// Builds a project (temporary file) with 2 coders, N sources of synthetic interview text, a codebook and seeded
// codings in which the second coder mostly follows the first with shifted boundaries. Then times, per unit, the
// full report: reading the codings from the store, every measure per code, source, code × source and pooled,
// the bootstrap intervals, and the Markdown, CSV and JSON texts. Also times disagreement listing, and
// ("rater_bootstrap") the 1,000-resample bootstrap of α on a 10-coder × 100,000-unit ratings table
// (--rater-units N, --rater-coders N).
#include "agreement/bootstrap.h"
#include "agreement/disagreements.h"
#include "agreement/report.h"
#include "format/csvwriter.h"
#include "format/markdownwriter.h"
#include "store/projectstore.h"
#include "tables/reportdocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace thema;
using namespace thema::agreement;

namespace {

QString optionText(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

int option(const QStringList& args, const QString& name, int fallback)
{
    const QString text = optionText(args, name);
    return text.isEmpty() ? fallback : text.toInt();
}

QString syntheticText(std::mt19937_64& rng, int chars)
{
    static const QStringList words = {QStringLiteral("waiting"), QStringLiteral("trust"), QStringLiteral("the"), QStringLiteral("peer"),
                                      QStringLiteral("worker"), QStringLiteral("and"), QStringLiteral("I"), QStringLiteral("felt"),
                                      QStringLiteral("believed"), QStringLiteral("about"), QStringLiteral("hope"), QStringLiteral("team")};
    QString text;
    text.reserve(chars + 20);
    int sentence = 0;
    while (text.size() < chars) {
        text += words[int(rng() % words.size())];
        ++sentence;
        if (sentence > 8 && rng() % 5 == 0) {
            text += rng() % 4 == 0 ? QStringLiteral(".\n") : QStringLiteral(". ");
            sentence = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text;
}

/** 1,000-resample bootstrap of nominal α on a coders × units table of 4 categories, 5% missing values. */
QJsonObject raterBootstrap(int coders, int units, int samples)
{
    std::mt19937_64 rng(7);
    RatingsTable table;
    for (int c = 0; c < coders; ++c)
        table.coders.append(QStringLiteral("coder %1").arg(c + 1));
    table.categories = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    table.scores = {1, 2, 3, 4};
    for (int u = 0; u < units; ++u) {
        const int truth = int(rng() % 4);
        std::vector<int> row(size_t(coders), truth);
        for (int& v : row) {
            const quint64 r = rng() % 100;
            v = r < 5 ? -1 : r < 25 ? int(rng() % 4) : truth;
        }
        table.addRow(std::move(row));
    }
    QElapsedTimer timer;
    timer.start();
    const auto interval = bootstrapAlpha(table, Level::Nominal, BootstrapOptions{samples, 20160501, 0.95});
    return {{QStringLiteral("coders"), coders}, {QStringLiteral("units"), units}, {QStringLiteral("samples"), samples},
            {QStringLiteral("ms"), timer.elapsed()}, {QStringLiteral("low"), interval ? interval->low : -1},
            {QStringLiteral("high"), interval ? interval->high : -1}};
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int sources = option(args, QStringLiteral("--sources"), 150), codes = option(args, QStringLiteral("--codes"), 30);
    const int codings = option(args, QStringLiteral("--codings"), 20000), chars = option(args, QStringLiteral("--chars"), 30000);
    const int samples = option(args, QStringLiteral("--bootstrap"), 1000);
    QTemporaryDir dir;
    std::mt19937_64 rng(42);
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::create(QDir(dir.path()).filePath(QStringLiteral("bench.thema")));
    QList<Id> sourceIds, codeIds;
    QList<qint64> lengths;
    Id a = 0, b = 0;
    store->transaction([&] {
        a = store->ensureCoder(QStringLiteral("A"));
        b = store->ensureCoder(QStringLiteral("B"));
        for (int c = 0; c < codes; ++c)
            codeIds.append(store->codeByPath(QStringLiteral("Theme %1/Code %2").arg(c / 6).arg(c), true)->id);
        for (int s = 0; s < sources; ++s) {
            Source src;
            src.name = QStringLiteral("P%1").arg(s + 1, 3, 10, QLatin1Char('0'));
            src.format = QStringLiteral("txt");
            src.language = QStringLiteral("en");
            const QString text = syntheticText(rng, chars);
            sourceIds.append(store->addSource(src, text));
            lengths.append(text.size());
        }
        for (int i = 0; i < codings / 2; ++i) {
            const int s = int(rng() % sources);
            const qint64 len = 40 + qint64(rng() % 400);
            const qint64 start = qint64(rng() % quint64(lengths[s] - len));
            const Id code = codeIds[int(rng() % codes)];
            Coding c{0, {}, sourceIds[s], {start, start + len}, code, a, {}, {}, {}};
            store->addCoding(c);
            // B: 70% the same passage with shifted boundaries, 10% another code, 20% elsewhere.
            const int r = int(rng() % 10);
            Coding d = c;
            d.coder = b;
            d.id = 0;
            d.guid.clear();
            if (r < 8) {
                d.span.start = std::max<qint64>(0, start + qint64(rng() % 41) - 20);
                d.span.end = std::min(lengths[s], start + len + qint64(rng() % 41) - 20);
                if (r == 7)
                    d.code = codeIds[int(rng() % codes)];
            } else {
                const qint64 other = qint64(rng() % quint64(lengths[s] - len));
                d.span = {other, other + len};
            }
            store->addCoding(d);
        }
    });
    const qint64 buildMs = timer.elapsed();

    QJsonObject out{{QStringLiteral("coders"), 2}, {QStringLiteral("sources"), sources}, {QStringLiteral("codes"), codes},
                    {QStringLiteral("codings"), store->codings().size()}, {QStringLiteral("characters_per_source"), chars},
                    {QStringLiteral("bootstrap_samples"), samples}, {QStringLiteral("build_project_ms"), buildMs}};
    {
        // What every unit's figure includes: reading the two coders' codings (spans, codes and coders), as projectAgreement does.
        CodingFilter filter;
        filter.timestamps = false;
        filter.texts = false;
        filter.coders = {a, b};
        timer.restart();
        const qsizetype read = store->codings(filter).size();
        out.insert(QStringLiteral("read_codings"), QJsonObject{{QStringLiteral("codings"), read}, {QStringLiteral("ms"), timer.elapsed()}});
    }
    const QString only = optionText(args, QStringLiteral("--unit"));  // one unit's figure alone (for profiling)
    for (UnitKind unit : {UnitKind::Character, UnitKind::Word, UnitKind::Sentence, UnitKind::Turn, UnitKind::Segment, UnitKind::Continuum}) {
        if (!only.isEmpty() && unitKindName(unit) != only)
            continue;
        AgreementRequest request;
        request.coders = {a, b};
        request.options.unit = unit;
        if (samples > 0)
            request.options.bootstrap = BootstrapOptions{samples, 20160501, 0.95};
        timer.restart();
        const ProjectAgreement result = projectAgreement(*store, request);
        const qint64 computeMs = timer.elapsed();
        const QString md = MarkdownWriter::render(reports::agreementReport(result, false));  // as thema-cli agreement --md
        const qint64 markdownMs = timer.elapsed() - computeMs;
        const QByteArray json = QJsonDocument(report::json(result)).toJson();  // as thema-cli agreement --json
        const qint64 totalMs = timer.elapsed();
        QJsonObject figures{{QStringLiteral("compute_ms"), computeMs}, {QStringLiteral("report_ms"), totalMs - computeMs},
                            {QStringLiteral("markdown_ms"), markdownMs}, {QStringLiteral("json_ms"), totalMs - computeMs - markdownMs},
                            {QStringLiteral("total_ms"), totalMs}, {QStringLiteral("json_bytes"), json.size()}};
        if (const QString dump = optionText(args, QStringLiteral("--dump")); !dump.isEmpty()) {
            const auto write = [&](const QString& ext, const QByteArray& bytes) {
                QFile f(QDir(dump).filePath(unitKindName(unit) + ext));
                if (f.open(QIODevice::WriteOnly))
                    f.write(bytes);
            };
            write(QStringLiteral(".md"), md.toUtf8());
            write(QStringLiteral(".json"), json);
            write(QStringLiteral(".csv"), CsvWriter::render(reports::agreementReport(result)).toUtf8());
        }
        for (const char* key : {"percent_agreement", "cohen_kappa", "krippendorff_alpha", "u_alpha", "binary_u_alpha", "cu_alpha", "brennan_prediger"})
            if (result.result.pooled.contains(QLatin1String(key)))
                figures.insert(QLatin1String(key), result.result.pooled.value(QLatin1String(key)));
        out.insert(unitKindName(unit), figures);
    }
    timer.restart();
    {
        QList<Coder> coders{*store->coder(a), *store->coder(b)};
        QList<Source> all = store->sources();
        QList<Code> codebook = store->codes();
        QList<Code> leaves;
        for (const Code& c : codebook)
            if (codeIds.contains(c.id))
                leaves.append(c);
        const auto list = findDisagreements(loadLayers(*store, coders, leaves, all, UnitKind::Character));
        out.insert(QStringLiteral("disagreements"), QJsonObject{{QStringLiteral("count"), qint64(list.size())},
                                                                {QStringLiteral("ms"), timer.elapsed()}});
    }
    out.insert(QStringLiteral("rater_bootstrap"), raterBootstrap(option(args, QStringLiteral("--rater-coders"), 10),
                                                                 option(args, QStringLiteral("--rater-units"), 100000), 1000));
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return 0;
}
