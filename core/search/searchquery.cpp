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

/** The text of the project's sources, read once per search. */
class TextCache {
public:
    explicit TextCache(const ProjectStore& store) : m_store(store) {}

    TokenizedTurn turn(Id source, const Span& span, Tokenizer& tokenizer)
    {
        auto it = m_texts.find(source);
        if (it == m_texts.end()) {
            const QString text = m_store.sourceText(source);
            it = m_texts.insert(source, {text, TextOffsets(text)});
        }
        TokenizedTurn t;
        t.span = span;
        const qint64 from = it->offsets.toUtf16(span.start), to = it->offsets.toUtf16(span.end);
        t.text = it->text.mid(from, to - from);
        t.offsets = TextOffsets(t.text);
        t.tokens = tokenizer.tokenize(t.text);
        return t;
    }

private:
    struct Text {
        QString text;
        TextOffsets offsets;
    };
    const ProjectStore& m_store;
    QHash<Id, Text> m_texts;
};

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
        QHash<Id, Participant> participants;
        Xapian::QueryParser parser;
        parser.set_database(*db);
        parser.set_default_op(Xapian::Query::OP_AND);
        parser.set_max_expansion(1000, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        const auto stemmer = makeStemmer(options.language.isEmpty() ? store.language() : options.language);
        if (stemmer) {
            parser.set_stemmer(*stemmer);
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        }
        parser.add_boolean_prefix("speaker", kSpeaker);
        parser.add_boolean_prefix("participant", kParticipant);
        parser.add_boolean_prefix("source", kSource);
        QSet<QString> fields{QStringLiteral("speaker"), QStringLiteral("participant"), QStringLiteral("source")};
        for (const Participant& p : store.participants()) {
            participants.insert(p.id, p);
            for (auto a = p.attributes.cbegin(); a != p.attributes.cend(); ++a) {
                const QString field = fieldName(a.key());
                if (!field.isEmpty() && !fields.contains(field)) {
                    fields.insert(field);
                    parser.add_boolean_prefix(field.toStdString(), attributePrefix(a.key()));
                }
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
        TextCache texts(store);
        for (auto m = mset.begin(); m != mset.end(); ++m) {
            const bool wantHits = limit == 0 || result.hits.size() < limit;
            if (!wantHits && !everyTurn)
                break;
            const DocData data = DocData::decode(m.get_document().get_data());
            std::vector<PositionRange> ranges = finder.ranges(*m);
            const bool filtered = options.coding.has_value();
            if (!wantHits && !filtered) {
                result.total += std::max<qint64>(1, qint64(ranges.size()));
                ++result.turns;
                continue;
            }
            const TokenizedTurn turn = texts.turn(data.source, data.span, tokenizer);
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
                const auto p = participants.constFind(data.participant);
                if (p != participants.cend()) {
                    hit.participantName = p->name;
                    hit.attributes = p->attributes;
                }
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
        // Source names for the hits.
        QHash<Id, QString> names;
        for (SearchHit& h : result.hits) {
            if (!names.contains(h.source)) {
                const auto s = store.source(h.source);
                names.insert(h.source, s ? s->name : QString());
            }
            h.sourceName = names.value(h.source);
        }
    } catch (const Xapian::Error& e) {
        throw Error(QStringLiteral("%1: search index: %2").arg(indexPath, QString::fromStdString(e.get_description())));
    }
    return result;
}

}  // namespace thema
