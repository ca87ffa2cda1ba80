// thema-bench-search [CORPUS_DIR] [--queries N] [--repeat N] [--no-baseline] [--project PATH]: prints every figure as
// one JSON object. --repeat N imports the corpus N times under distinct source names (a larger corpus from the same
// slice). --project PATH keeps the project there and, when it exists already, reuses it (no import, no baseline:
// only the queries are timed; for trying query changes quickly).
//
// 1. Imports every file of CORPUS_DIR (default ../shared/corpus/scale/changelog) into a new project through the
//    importers and builds its search index; times both, measures words/s, index size against text size, and
//    peak memory. 2. In the same run, indexes the same turns with a plain Xapian TermGenerator. 3. Runs N mixed
//    queries (single words, phrases, boolean, with field prefixes) warm, with KWIC for the first 20 hits.
#include "importerregistry.h"
#include "importservice.h"
#include "core/search/searchindex.h"
#include "core/search/tokenizer.h"
#include "core/search/xapianbaseline.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <map>
#include <cstdio>

using namespace thema;

namespace {

qint64 dirBytes(const QString& dir)
{
    qint64 bytes = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/** The kind of the i-th query makeQueries() makes. */
QString kindOf(int i)
{
    switch (i % 10) {
    case 0: case 1: case 2: case 3: return QStringLiteral("word");
    case 4: case 5: return QStringLiteral("phrase");
    case 6: return QStringLiteral("and");
    case 7: return QStringLiteral("or_not");
    case 8: return QStringLiteral("speaker_prefix");
    default: return QStringLiteral("source_prefix_wildcard");
    }
}

/** Queries drawn from the corpus itself, so most have hits: a fixed seed keeps runs comparable. */
QStringList makeQueries(const QList<QStringList>& turnWords, const QStringList& speakers, const QStringList& sources, int n)
{
    QRandomGenerator rng(20240601);
    auto turn = [&]() -> const QStringList& {
        for (;;) {
            const QStringList& w = turnWords[rng.bounded(int(turnWords.size()))];
            if (w.size() >= 4)
                return w;
        }
    };
    auto word = [&] {
        for (;;) {
            const QStringList& w = turn();
            const QString x = w[rng.bounded(int(w.size()))];
            if (x.size() > 3 && x.at(0).isLetter())
                return x;
        }
    };
    QStringList queries;
    while (queries.size() < n) {
        switch (queries.size() % 10) {
        case 0: case 1: case 2: case 3:
            queries.append(word());
            break;
        case 4: case 5: {
            const QStringList& w = turn();
            const int len = 2 + rng.bounded(2), at = rng.bounded(int(w.size()) - len + 1);
            queries.append(QLatin1Char('"') + w.mid(at, len).join(QLatin1Char(' ')) + QLatin1Char('"'));
            break;
        }
        case 6:
            queries.append(word() + QStringLiteral(" AND ") + word());
            break;
        case 7:
            queries.append(word() + QStringLiteral(" OR ") + word() + QStringLiteral(" NOT ") + word());
            break;
        case 8:
            queries.append(QStringLiteral("speaker:\"%1\" %2").arg(speakers[rng.bounded(int(speakers.size()))], word()));
            break;
        default:
            queries.append(QStringLiteral("source:%1 %2").arg(sources[rng.bounded(int(sources.size()))], word().left(4) + QLatin1Char('*')));
        }
    }
    return queries;
}

QJsonObject latency(SearchIndex& index, const ProjectStore& store, const QStringList& queries, bool countAll)
{
    SearchOptions o;
    o.limit = 20;
    o.context = 8;
    o.countAll = countAll;
    for (const QString& q : queries)  // warm-up
        index.search(store, q, o);
    std::vector<double> ms;
    std::map<QString, std::vector<double>> byKind;
    qint64 withHits = 0, counted = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QElapsedTimer t;
        t.start();
        const SearchResult r = index.search(store, queries[i], o);
        ms.push_back(t.nsecsElapsed() / 1e6);
        byKind[kindOf(int(i))].push_back(ms.back());
        withHits += !r.hits.isEmpty();
        counted += r.counted;
    }
    QJsonObject kinds;
    for (const auto& [kind, v] : byKind)
        kinds.insert(kind, QJsonObject{{QStringLiteral("p50_ms"), percentile(v, 0.5)}, {QStringLiteral("p95_ms"), percentile(v, 0.95)}});
    return {{QStringLiteral("queries"), int(queries.size())}, {QStringLiteral("with_hits"), withHits},
            {QStringLiteral("exact_totals"), counted},
            {QStringLiteral("p50_ms"), percentile(ms, 0.5)}, {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
            {QStringLiteral("max_ms"), percentile(ms, 1.0)}, {QStringLiteral("by_kind"), kinds}};
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int queryCount = 1000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--queries")); i >= 0 && i + 1 < args.size()) {
        queryCount = args[i + 1].toInt();
        args.remove(i, 2);
    }
    int repeat = 1;
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i >= 0 && i + 1 < args.size()) {
        repeat = std::max(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    QString keep;
    if (const qsizetype i = args.indexOf(QStringLiteral("--project")); i >= 0 && i + 1 < args.size()) {
        keep = args[i + 1];
        args.remove(i, 2);
    }
    const bool reuse = !keep.isEmpty() && QFileInfo::exists(keep);
    const bool baselineWanted = !args.removeAll(QStringLiteral("--no-baseline")) && !reuse;
    const QString corpus = args.isEmpty() ? QStringLiteral(THEMA_SHARED_DIR "/corpus/scale/changelog") : args[0];
    QStringList files;
    for (const QFileInfo& f : QDir(corpus).entryInfoList(QDir::Files, QDir::Name))
        files.append(f.absoluteFilePath());
    if (files.isEmpty()) {
        std::fprintf(stderr, "thema-bench-search: no files in %s\n", qPrintable(corpus));
        return 1;
    }
    QTemporaryDir tmp;
    const QString projectPath = keep.isEmpty() ? tmp.filePath(QStringLiteral("bench.thema")) : keep;

    // 1. The whole pipeline: import through the importers, then index.
    QElapsedTimer timer;
    timer.start();
    auto store = reuse ? ProjectStore::open(projectPath) : ProjectStore::create(projectPath);
    if (!reuse)
        store->transaction([&] {
            ImportService service(*store);
            for (int r = 0; r < repeat; ++r)
                for (const QString& f : files) {
                    ImportOptions o;
                    if (repeat > 1)
                        o.name = QFileInfo(f).completeBaseName() + QStringLiteral("-copy%1").arg(r + 1);
                    service.write(ImporterRegistry::instance().readFile(f, o));
                }
        });
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    SearchIndex index(projectPath);
    const IndexStatus status = index.update(*store);
    const double indexSeconds = timer.nsecsElapsed() / 1e9;
    const double peak = peakMiB();

    // The same turns, for the baseline and for counting (untimed).
    QStringList turnTexts;
    QList<QStringList> turnWords;
    QStringList sourceNames, speakers;
    qint64 textBytes = 0, words = 0;
    Tokenizer tokenizer;
    for (const Source& s : store->sources()) {
        const QString text = store->sourceText(s.id);
        textBytes += text.toUtf8().size();
        sourceNames.append(s.name);
        const TextOffsets offsets(text);
        for (const Turn& t : store->turns(s.id)) {
            const qint64 from = offsets.toUtf16(t.span.start);
            const QString turn = text.mid(from, offsets.toUtf16(t.span.end) - from);
            turnTexts.append(turn);
            QStringList w;
            const TextOffsets turnOffsets(turn);
            for (const Token& tok : tokenizer.tokenize(turn)) {
                const qint64 a = turnOffsets.toUtf16(tok.start);
                w.append(turn.mid(a, turnOffsets.toUtf16(tok.end) - a));
            }
            words += w.size();
            turnWords.append(w);
            if (!t.speaker.isEmpty() && !speakers.contains(t.speaker))
                speakers.append(t.speaker);
        }
    }
    const qint64 indexBytes = dirBytes(index.path());

    // 2. Plain Xapian on the same turns, in the same run.
    const BaselineResult baseline = baselineWanted
        ? indexWithTermGenerator(turnTexts, tmp.filePath(QStringLiteral("plain-xapian")), store->language())
        : BaselineResult{};

    // 3. Queries.
    const QStringList queries = makeQueries(turnWords, speakers, sourceNames, queryCount);
    const QJsonObject shown = latency(index, *store, queries, false);  // what the CLI and GUI show at once
    const QJsonObject exact = latency(index, *store, queries, true);

    const double pipeline = importSeconds + indexSeconds;
    if (!baselineWanted) {
        const QJsonObject out{{QStringLiteral("corpus"), corpus}, {QStringLiteral("repeat"), repeat},
                              {QStringLiteral("files"), int(files.size()) * repeat}, {QStringLiteral("words"), words},
                              {QStringLiteral("pipeline_s"), pipeline}, {QStringLiteral("index_bytes"), indexBytes},
                              {QStringLiteral("queries_first20_shown"), shown},
                              {QStringLiteral("queries_first20_exact_total"), exact},
                              {QStringLiteral("target_p95_ms"), 50}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    const QJsonObject out{
        {QStringLiteral("corpus"), corpus},
        {QStringLiteral("files"), int(files.size())},
        {QStringLiteral("turns"), int(turnTexts.size())},
        {QStringLiteral("words"), words},
        {QStringLiteral("text_bytes_utf8"), textBytes},
        {QStringLiteral("import_s"), importSeconds},
        {QStringLiteral("index_s"), indexSeconds},
        {QStringLiteral("pipeline_s"), pipeline},
        {QStringLiteral("pipeline_words_per_s"), words / pipeline},
        {QStringLiteral("index_words_per_s"), words / indexSeconds},
        {QStringLiteral("index_documents"), status.documents},
        {QStringLiteral("index_bytes"), indexBytes},
        {QStringLiteral("index_to_text_ratio"), double(indexBytes) / double(textBytes)},
        {QStringLiteral("peak_rss_mib"), peak},
        {QStringLiteral("plain_xapian_s"), baseline.seconds},
        {QStringLiteral("plain_xapian_bytes"), baseline.bytes},
        {QStringLiteral("pipeline_vs_plain_xapian"), pipeline / baseline.seconds},
        {QStringLiteral("index_only_vs_plain_xapian"), indexSeconds / baseline.seconds},
        {QStringLiteral("index_bytes_vs_plain_xapian"), double(indexBytes) / double(baseline.bytes)},
        {QStringLiteral("target_pipeline_vs_plain_xapian"), 1.0},
        {QStringLiteral("target_index_bytes_vs_plain_xapian"), 1.2},
        {QStringLiteral("queries_first20_shown"), shown},
        {QStringLiteral("queries_first20_exact_total"), exact},
        {QStringLiteral("target_p95_ms"), 10},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
