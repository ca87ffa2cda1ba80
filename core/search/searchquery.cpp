// SearchIndex::search: parse, match, and turn Xapian's document matches into exact hits.
#include "hitcount.h"
#include "hitfinder.h"
#include "indexterms.h"
#include "indexwriter.h"
#include "kwic.h"
#include "model/error.h"
#include "querytext.h"
#include "searchindex_p.h"
#include "store/projectstore.h"

#include <QHash>

#include <algorithm>
#include <iterator>

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

/** Exact matching: every word of the hit that stands for a typed word is written exactly as typed. */
bool writtenAsTyped(const TokenizedTurn& turn, size_t first, size_t last, const TypedWords& typed)
{
    for (size_t i = first; i <= last; ++i) {
        const auto it = typed.constFind(turn.tokens[i].term);
        if (it == typed.cend())
            continue;
        const qint64 from = turn.offsets.toUtf16(turn.tokens[i].start);  // the turn's offsets: O(1), not O(turn)
        const QString written = turn.text.mid(from, turn.offsets.toUtf16(turn.tokens[i].end) - from);
        if (!it->contains(written.normalized(QString::NormalizationForm_C)))
            return false;
    }
    return true;
}

}  // namespace

SearchResult SearchIndex::Impl::search(const ProjectStore& store, const QString& queryText, const SearchOptions& options)
{
    Xapian::Database* db = open();
    if (!db)
        throw Error(QStringLiteral("%1: there is no search index yet; build it first (thema-cli index)").arg(indexPath));
    SearchResult result;
    result.query = queryText;
    result.counted = true;
    try {
        Xapian::QueryParser parser;
        parser.set_database(*db);
        parser.set_default_op(Xapian::Query::OP_AND);
        parser.set_max_expansion(kMaxWildcardWords, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        const QString language = options.language.isEmpty() ? QString::fromStdString(db->get_metadata(kMetaLanguage)) : options.language;
        const auto stemmer = options.exact ? nullptr : makeStemmer(language);
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
        TypedWords typed;
        Xapian::Query query;
        try {
            query = parser.parse_query(prepareQuery(queryText, fields, options.exact ? &typed : nullptr), kFlags);
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
        // Hits that are filtered (codings, exact spelling) are only known by reading every matching turn; else
        // `limit` turns are enough to show, and the totals come from the index's frequencies.
        const bool filtered = options.coding.has_value() || options.exact;
        const bool everyTurn = filtered || limit == 0;
        const Xapian::MSet mset = enquire.get_mset(0, everyTurn ? db->get_doccount() : Xapian::doccount(limit));

        HitFinder finder(*db, query);
        Tokenizer tokenizer;
        qint64 shownTurns = 0;
        for (auto m = mset.begin(); m != mset.end(); ++m) {
            if (!everyTurn && result.hits.size() >= limit)
                break;
            ++shownTurns;
            std::vector<PositionRange> ranges = finder.ranges(*m);
            const DocData data = DocData::decode(m.get_document().get_data());
            const TokenizedTurn turn = tokenized(data, tokenizer);
            qint64 kept = 0;
            auto addHit = [&](const Span& span, const Kwic& kwic) {
                if (options.coding && !keepHit(*options.coding, codings.value(data.source), span))
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
                    if (options.exact && !writtenAsTyped(turn, first, last, typed))
                        continue;
                    addHit(turn.sourceSpan(first, last), makeKwic(turn, first, last, options.context));
                }
            }
            result.total += kept;
            result.turns += kept > 0;
        }
        if (everyTurn)
            return result;
        if (shownTurns == qint64(mset.size()) && mset.get_matches_upper_bound() <= mset.size())
            return result;  // every matching turn was shown: the sums are exact
        SearchResult counted;
        // Unasked, totals that mean visiting more than kCheapTurns turns are estimated (and labelled so).
        constexpr Xapian::doccount kCheapTurns = 20000;
        if (countByFrequencies(*db, query, finder, counted, mset.get_matches_estimated(),
                               options.countAll ? db->get_doccount() : kCheapTurns)) {
            result.total = counted.total;
            result.turns = counted.turns;
            return result;
        }
        // Phrases, NEAR and vast wildcards: read every matching turn's positions — when asked, or unasked when at most
        // kCheapPositionTurns turns can match (the rarest word's turns), which takes milliseconds.
        constexpr Xapian::doccount kCheapPositionTurns = 2000;
        if (mset.get_matches_upper_bound() <= kCheapPositionTurns) {
            countByPositions(*db, query, finder, result);
            return result;
        }
        if (options.countAll) {
            countByPositionsOnBothCores(indexPath, *db, query, finder, result);
            return result;
        }
        // An estimate, labelled as one. Xapian's estimate of the matching turns is good for words joined by AND, OR
        // and NOT, with the hits per turn seen; for a phrase or NEAR it is the turns it happened to check.
        result.counted = false;
        if (positional(query)) {
            const qint64 shownHits = result.total;
            estimateBySlices(*db, query, finder, result);
            result.turns = std::max(result.turns, shownTurns);
            result.total = std::max(result.total, shownHits);
        } else {
            result.turns = std::max<qint64>(shownTurns, qint64(mset.get_matches_estimated()));
            if (shownTurns > 0)
                result.total = std::max<qint64>(result.total, qint64(double(result.total) / double(shownTurns) * double(result.turns) + 0.5));
        }
    } catch (const Xapian::DatabaseCorruptError&) {
        reader.reset();
        throw;  // SearchIndex::search rebuilds
    } catch (const Xapian::Error& e) {
        throw Error(QStringLiteral("%1: search index: %2").arg(indexPath, QString::fromStdString(e.get_description())));
    }
    return result;
}

}  // namespace thema
