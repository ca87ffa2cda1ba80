#include "output.h"
#include "project.h"
#include "core/search/hitcoder.h"
#include "core/search/searchindex.h"
#include "store/resolve.h"

namespace thema::cli {
namespace {

int intOption(const QCommandLineParser& p, const QString& name, int fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok || value < 0)
        throw UsageError(QStringLiteral("--%1 \"%2\": expected a number of 0 or more").arg(name, p.value(name)));
    return value;
}

/** Brings the index up to date before it is used, reporting progress on stderr when there is work. */
void ensureIndex(SearchIndex& index, const ProjectStore& store, Io& io, bool rebuild = false)
{
    const IndexStatus before = index.status(store);
    if (before.current && !rebuild)
        return;
    if (before.damaged && !rebuild) {
        io.err << QStringLiteral("The search index %1 is damaged (%2); rebuilding it\n").arg(index.path(), before.problem);
        rebuild = true;
    }
    io.err << QStringLiteral("Indexing %1 into %2\n").arg(counted(rebuild ? before.sources : before.staleSources, QStringLiteral("source")), index.path());
    io.err.flush();
    auto progress = [&](int done, int total) {
        if (done == total || done % 10 == 0) {
            io.err << QStringLiteral("  [%1/%2]\n").arg(done).arg(total);
            io.err.flush();
        }
    };
    if (rebuild)
        index.rebuild(store, progress);
    else
        index.update(store, progress);
}

QJsonObject statusJson(const IndexStatus& s)
{
    return {{QStringLiteral("path"), s.path}, {QStringLiteral("exists"), s.exists}, {QStringLiteral("current"), s.current},
            {QStringLiteral("sources"), s.sources}, {QStringLiteral("stale_sources"), s.staleSources},
            {QStringLiteral("removed_sources"), s.removedSources}, {QStringLiteral("documents"), s.documents},
            {QStringLiteral("schema"), s.schemaVersion}, {QStringLiteral("damaged"), s.damaged}};
}

QJsonObject hitJson(const SearchHit& h)
{
    QJsonObject attributes;
    for (auto a = h.attributes.cbegin(); a != h.attributes.cend(); ++a)
        attributes.insert(a.key(), a.value());
    return {{QStringLiteral("source"), h.sourceName}, {QStringLiteral("start"), h.span.start}, {QStringLiteral("end"), h.span.end},
            {QStringLiteral("speaker"), h.speaker}, {QStringLiteral("participant"), h.participantName},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("kwic"), QJsonObject{{QStringLiteral("left"), h.kwic.left}, {QStringLiteral("match"), h.kwic.match},
                                                 {QStringLiteral("right"), h.kwic.right}}}};
}

}  // namespace

Command makeIndexCommand()
{
    return {QStringLiteral("index"), QStringLiteral("Build or update the full-text search index, and show its status."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addOption({QStringLiteral("rebuild"), QStringLiteral("Delete the index and build it again.")});
                p.addOption({QStringLiteral("status"), QStringLiteral("Only show whether the index is up to date.")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                SearchIndex index(store->path());
                if (!p.isSet(QStringLiteral("status"))) {
                    const IndexStatus checked = index.status(*store, true);
                    if (checked.damaged)
                        io.err << QStringLiteral("The search index %1 is damaged (%2); rebuilding it\n").arg(index.path(), checked.problem);
                    ensureIndex(index, *store, io, p.isSet(QStringLiteral("rebuild")) || checked.damaged);
                }
                const IndexStatus s = index.status(*store, true);
                if (p.isSet(QStringLiteral("json"))) {
                    printJson(io.out, statusJson(s));
                } else {
                    io.out << QStringLiteral("%1: %2, %3 turn documents, %4 of %5 sources stale, %6 removed\n")
                                  .arg(s.path, !s.exists ? QStringLiteral("missing")
                                                   : s.damaged ? QStringLiteral("damaged (run thema-cli index to rebuild it)")
                                                   : s.current ? QStringLiteral("up to date")
                                                               : QStringLiteral("stale"))
                                  .arg(s.documents).arg(s.staleSources).arg(s.sources).arg(s.removedSources);
                }
                return 0;
            }};
}

Command makeSearchCommand()
{
    return {
        QStringLiteral("search"), QStringLiteral("Full-text search with keyword in context; code the hits."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
            p.addPositionalArgument(QStringLiteral("QUERY"),
                                    QStringLiteral("Words, \"phrases\", AND/OR/NOT, NEAR, word*, speaker:, participant:, "
                                                   "source:, any attribute (role:clinician)."));
            p.addOption({QStringLiteral("limit"), QStringLiteral("Hits to show (default 20; 0 = all)."), QStringLiteral("N")});
            p.addOption({QStringLiteral("context"), QStringLiteral("Words of context each side (default 8)."), QStringLiteral("N")});
            p.addOption({QStringLiteral("order"), QStringLiteral("rank (default) or document."), QStringLiteral("ORDER")});
            p.addOption({QStringLiteral("code"), QStringLiteral("Keep hits inside codings of this code (and subcodes; repeatable)."),
                         QStringLiteral("PATH")});
            p.addOption({QStringLiteral("coder"),
                         QStringLiteral("With --code/--not-coded: only this coder's codings. With --apply: the coder who codes."),
                         QStringLiteral("NAME")});
            p.addOption({QStringLiteral("not-coded"), QStringLiteral("Keep hits outside those codings instead.")});
            p.addOption({QStringLiteral("apply"), QStringLiteral("Code every hit with this code (created when missing)."),
                         QStringLiteral("CODE")});
            p.addOption({QStringLiteral("unit"), QStringLiteral("What --apply codes: hit (default), sentence or turn."),
                         QStringLiteral("UNIT")});
            p.addOption({QStringLiteral("language"), QStringLiteral("Stemming language of the query (default: the project's)."),
                         QStringLiteral("CODE")});
            p.addOption({QStringLiteral("count"), QStringLiteral("Count every hit exactly even when slow (phrases, NEAR, "
                                                                  "wildcards); otherwise such totals are shown as \"about\".")});
            p.addOption({QStringLiteral("exact"), QStringLiteral("Match case and accents as typed, without stemming "
                                                                  "(default: café finds Cafe and cafe).")});
            p.addOption(jsonOption());
        },
        [](const QCommandLineParser& p, Io& io) {
            auto store = openProject(p);
            const QString query = positional(p, 1, QStringLiteral("QUERY"));
            const bool apply = p.isSet(QStringLiteral("apply"));
            SearchOptions options;
            options.limit = apply ? 0 : intOption(p, QStringLiteral("limit"), 20);
            options.context = intOption(p, QStringLiteral("context"), 8);
            options.language = p.value(QStringLiteral("language"));
            options.exact = p.isSet(QStringLiteral("exact"));
            options.countAll = p.isSet(QStringLiteral("count"));
            const QString order = p.value(QStringLiteral("order"));
            if (order == QLatin1String("document"))
                options.order = SearchOrder::Document;
            else if (!order.isEmpty() && order != QLatin1String("rank"))
                throw UsageError(QStringLiteral("--order \"%1\": expected rank or document").arg(order));
            const bool coderFilters = !apply && p.isSet(QStringLiteral("coder"));
            if (p.isSet(QStringLiteral("code")) || p.isSet(QStringLiteral("not-coded")) || coderFilters) {
                CodingScope scope;
                for (const QString& c : p.values(QStringLiteral("code")))
                    scope.codes.append(resolve::code(*store, c).id);
                if (p.isSet(QStringLiteral("coder")))
                    scope.coder = resolve::coder(*store, p.value(QStringLiteral("coder"))).id;
                scope.inside = !p.isSet(QStringLiteral("not-coded"));
                options.coding = scope;
            }
            HitUnit unit = HitUnit::Hit;
            if (p.isSet(QStringLiteral("unit"))) {
                const auto u = hitUnitFromName(p.value(QStringLiteral("unit")));
                if (!u)
                    throw UsageError(QStringLiteral("--unit \"%1\": expected hit, sentence or turn").arg(p.value(QStringLiteral("unit"))));
                unit = *u;
            }
            if (apply && !p.isSet(QStringLiteral("coder")))
                throw UsageError(QStringLiteral("--apply needs --coder NAME (who codes the hits)"));

            SearchIndex index(store->path());
            ensureIndex(index, *store, io);
            const SearchResult result = index.search(*store, query, options);
            const bool json = p.isSet(QStringLiteral("json"));
            if (apply) {
                const QString codePath = p.value(QStringLiteral("apply"));
                std::optional<Code> code;
                ApplyResult applied;
                // One action: the code, the coder and every coding are saved together, or none of them.
                store->transaction([&] {
                    code = store->codeByPath(codePath, true);
                    if (!code)
                        throw Error(QStringLiteral("--apply \"%1\": not a code path").arg(codePath));
                    const Id coder = store->ensureCoder(p.value(QStringLiteral("coder")));
                    applied = applyHits(*store, result.hits, code->id, coder, unit);
                });
                if (json)
                    printJson(io.out, QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("total"), result.total},
                                                  {QStringLiteral("codings"), applied.codings},
                                                  {QStringLiteral("existing"), applied.existing}});
                else
                    io.out << QStringLiteral("%1 hits; made %2 codings with \"%3\" (%4 already coded)\n")
                                  .arg(result.total).arg(applied.codings).arg(code->path).arg(applied.existing);
                return 0;
            }
            if (json) {
                QJsonArray hits;
                for (const SearchHit& h : result.hits)
                    hits.append(hitJson(h));
                printJson(io.out, QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("total"), result.total},
                                              {QStringLiteral("turns"), result.turns}, {QStringLiteral("counted"), result.counted},
                                              {QStringLiteral("hits"), hits}});
                return 0;
            }
            for (const SearchHit& h : result.hits) {
                const QString who = h.participantName.isEmpty() ? h.speaker : h.participantName;
                io.out << QStringLiteral("%1 [%2, %3) %4: %5[%6]%7\n")
                              .arg(h.sourceName).arg(h.span.start).arg(h.span.end)
                              .arg(who.isEmpty() ? QStringLiteral("—") : who, h.kwic.left.right(60), h.kwic.match.left(200),
                                   h.kwic.right.left(60));
            }
            io.out << QStringLiteral("%1%2 hits in %3 turns\n")
                          .arg(result.counted ? QString() : QStringLiteral("about "))
                          .arg(result.total).arg(result.turns);
            return 0;
        }};
}

}  // namespace thema::cli
