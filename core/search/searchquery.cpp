// SearchIndex::search: parse, match, and turn Xapian's document matches into exact hits.
#include "hitfinder.h"
#include "indexterms.h"
#include "indexwriter.h"
#include "kwic.h"
#include "model/error.h"
#include "querytext.h"
#include "searchindex_p.h"
#include "store/projectstore.h"

#include <QHash>

namespace thema {

using namespace indexterms;

namespace {

constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD
    | Xapian::QueryParser::FLAG_PURE_NOT;

TokenizedTurn tokenized(const DocData& data, Tokenizer& tokenizer)
{
    TokenizedTurn t;
    t.span = data.span;
    t.text = data.text;
    t.offsets = TextOffsets(t.text);
    t.tokens = tokenizer.tokenize(t.text);
    return t;
}

/** Codings a CodingScope refers to, by source. */
QHash<Id, QList<Span>> scopeCodings(const ProjectStore& store, const CodingScope& scope)
{
    CodingFilter filter;
    filter.codes = scope.codes;
    filter.includeSubcodes = true;
    if (scope.coder)
        filter.coders = {scope.coder};
    QHash<Id, QList<Span>> bySource;
    for (const Coding& c : store.codings(filter))
        bySource[c.source].append(c.span);
    return bySource;
}

bool keepHit(const CodingScope& scope, const QList<Span>& codings, const Span& hit)
{
    for (const Span& c : codings) {
        if (scope.inside && c.start <= hit.start && hit.end <= c.end)
            return true;
        if (!scope.inside && c.overlaps(hit))
            return false;
    }
    return !scope.inside;
}

}  // namespace

SearchResult SearchIndex::Impl::search(const ProjectStore& store, const QString& queryText, const SearchOptions& options)
{
    Xapian::Database* db = open();
    if (!db)
        throw Error(QStringLiteral("%1: there is no search index yet; build it first (thema-cli index)").arg(indexPath));
    SearchResult result;
    result.query = queryText;
    try {
        Xapian::QueryParser parser;
        parser.set_database(*db);
        parser.set_default_op(Xapian::Query::OP_AND);
        parser.set_max_expansion(1000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        const QString language = options.language.isEmpty() ? QString::fromStdString(db->get_metadata(kMetaLanguage)) : options.language;
        const auto stemmer = makeStemmer(language);
        if (stemmer) {
            parser.set_stemmer(*stemmer);
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        }
        parser.add_boolean_prefix("speaker", kSpeaker);
        parser.add_boolean_prefix("participant", kParticipant);
        parser.add_boolean_prefix("source", kSource);
        QSet<QString> fields{QStringLiteral("speaker"), QStringLiteral("participant"), QStringLiteral("source")};
        for (const QString& key : QString::fromStdString(db->get_metadata(kMetaFields)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString field = fieldName(key);
            if (!field.isEmpty() && !fields.contains(field)) {
                fields.insert(field);
                parser.add_boolean_prefix(field.toStdString(), attributePrefix(key));
            }
        }
        Xapian::Query query;
        try {
            query = parser.parse_query(prepareQuery(queryText), kFlags);
        } catch (const Xapian::QueryParserError& e) {
            throw Error(QStringLiteral("search \"%1\": %2").arg(queryText, QString::fromStdString(e.get_msg())));
        }
        if (query.empty())
            return result;

        QHash<Id, QList<Span>> codings;
        if (options.coding) {
            codings = scopeCodings(store, *options.coding);
            if (options.coding->inside) {
                // Only sources with such codings can have hits inside them.
                std::vector<Xapian::Query> sources;
                for (const Source& s : store.sources())
                    if (codings.contains(s.id))
                        sources.emplace_back(kSourceGuid + s.guid.toStdString());
                query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                                      Xapian::Query(Xapian::Query::OP_OR, sources.begin(), sources.end()));
            }
        }

        Xapian::Enquire enquire(*db);
        enquire.set_query(query);
        if (options.order == SearchOrder::Document) {
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_sort_by_value(kOrderSlot, false);
        }
        const int limit = options.limit > 0 ? options.limit : 0;
        // Every matching turn has at least one hit, so `limit` turns are enough unless hits are filtered.
        const bool everyTurn = options.countAll || options.coding || limit == 0;
        const Xapian::MSet mset = enquire.get_mset(0, everyTurn ? db->get_doccount() : Xapian::doccount(limit));

        HitFinder finder(*db, query);
        Tokenizer tokenizer;
        for (auto m = mset.begin(); m != mset.end(); ++m) {
            const bool wantHits = limit == 0 || result.hits.size() < limit;
            if (!wantHits && !everyTurn)
                break;
            std::vector<PositionRange> ranges = finder.ranges(*m);
            const bool filtered = options.coding.has_value();
            if (!wantHits && !filtered) {
                result.total += std::max<qint64>(1, qint64(ranges.size()));
                ++result.turns;
                continue;
            }
            const DocData data = DocData::decode(m.get_document().get_data());
            const TokenizedTurn turn = tokenized(data, tokenizer);
            qint64 kept = 0;
            auto addHit = [&](const Span& span, const Kwic& kwic) {
                if (filtered && !keepHit(*options.coding, codings.value(data.source), span))
                    return;
                ++kept;
                if (limit && result.hits.size() >= limit)
                    return;
                SearchHit hit;
                hit.source = data.source;
                hit.turn = data.turn;
                hit.turnSpan = data.span;
                hit.span = span;
                hit.speaker = data.speaker;
                hit.participant = data.participant;
                hit.participantName = data.participantName;
                hit.attributes = data.attributes;
                hit.sourceName = data.sourceName;
                hit.kwic = kwic;
                hit.weight = m.get_weight();
                result.hits.append(hit);
            };
            if (ranges.empty() || turn.tokens.empty()) {
                addHit(data.span, Kwic{{}, turn.text, {}});  // a match without words (speaker:X): the whole turn
            } else {
                for (const PositionRange& r : ranges) {
                    const size_t first = r.first - 1, last = std::min<size_t>(r.last - 1, turn.tokens.size() - 1);
                    if (first >= turn.tokens.size())
                        continue;
                    addHit(turn.sourceSpan(first, last), makeKwic(turn, first, last, options.context));
                }
            }
            result.total += kept;
            result.turns += kept > 0;
        }
        if (!everyTurn)
            result.turns = std::max<qint64>(result.turns, mset.get_matches_estimated());
    } catch (const Xapian::Error& e) {
        throw Error(QStringLiteral("%1: search index: %2").arg(indexPath, QString::fromStdString(e.get_description())));
    }
    return result;
}

}  // namespace thema
