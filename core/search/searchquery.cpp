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

#include <algorithm>
#include <cmath>
#include <iterator>
#include <thread>

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

/** The words a query's hits are counted from, when it is made of words joined by AND, OR, NOT and filters. */
struct CountTerms {
    std::vector<std::string> terms;     ///< distinct word terms (plain, stemmed Z… or a wildcard's), never under NOT
    std::vector<Xapian::Query> leaves;  ///< their leaves
    bool simple = true;                 ///< false: phrases, NEAR, vast wildcards or mixed stemmed and plain words
};

void countTerms(const Xapian::Query& q, HitFinder& finder, CountTerms& out)
{
    const size_t n = q.get_num_subqueries();
    auto add = [&](const std::string& term) {
        if (std::find(out.terms.begin(), out.terms.end(), term) == out.terms.end())
            out.terms.push_back(term);
    };
    switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
        const std::string term = *q.get_terms_begin();
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z' && term[0] != 'Z'))
            return;  // boolean filter terms are never hits
        add(term);
        out.leaves.push_back(q);
        return;
    }
    case Xapian::Query::OP_WILDCARD: {
        // The words it stands for, each a word at its own positions; a pattern with more words than the parser
        // keeps is counted by positions, as its hits are found.
        const std::vector<std::string>& words = finder.words(q);
        if (words.size() >= kMaxWildcardWords) {
            out.simple = false;
            return;
        }
        for (const std::string& w : words)
            if (!w.empty() && !(w[0] >= 'A' && w[0] <= 'Z'))
                add(w);
        out.leaves.push_back(q);
        return;
    }
    case Xapian::Query::LEAF_MATCH_ALL:
        return;
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_FILTER:
        if (n > 0)
            countTerms(q.get_subquery(0), finder, out);
        return;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_ELITE_SET:
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_MAX:
        for (size_t i = 0; i < n; ++i)
            countTerms(q.get_subquery(i), finder, out);
        return;
    default:
        out.simple = false;
    }
}

/** Every turn @p query matches, ascending, as Xapian's matcher finds them (without weights). */
std::vector<Xapian::docid> everyMatch(const Xapian::Database& db, const Xapian::Query& query)
{
    Xapian::Enquire all(db);
    all.set_query(query);
    all.set_weighting_scheme(Xapian::BoolWeight());
    all.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet mset = all.get_mset(0, db.get_doccount());
    std::vector<Xapian::docid> ids;
    ids.reserve(mset.size());
    for (auto m = mset.begin(); m != mset.end(); ++m)
        ids.push_back(*m);
    std::sort(ids.begin(), ids.end());  // equal weights come in docid order already; the counts rely on it
    return ids;
}

/**
 * The turns @p q matches, ascending, read from the posting lists of its terms (no match, no weights): for queries of
 * terms joined by AND, OR, NOT and filters. Returns false for any other operator (the caller asks Xapian instead).
 */
bool matchingTurns(const Xapian::Database& db, const Xapian::Query& q, std::vector<Xapian::docid>& out)
{
    out.clear();
    const size_t n = q.get_num_subqueries();
    std::vector<Xapian::docid> other, merged;
    switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
    case Xapian::Query::LEAF_MATCH_ALL: {
        const std::string term = q.get_type() == Xapian::Query::LEAF_TERM ? *q.get_terms_begin() : std::string();
        for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
            out.push_back(*it);
        return true;
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:
        if (n == 0 || !matchingTurns(db, q.get_subquery(0), out))
            return false;
        for (size_t i = 1; i < n; ++i) {
            if (!matchingTurns(db, q.get_subquery(i), other))
                return false;
            merged.clear();
            if (q.get_type() == Xapian::Query::OP_AND_NOT)
                std::set_difference(out.begin(), out.end(), other.begin(), other.end(), std::back_inserter(merged));
            else
                std::set_intersection(out.begin(), out.end(), other.begin(), other.end(), std::back_inserter(merged));
            out.swap(merged);
        }
        return true;
    case Xapian::Query::OP_AND_MAYBE:  // matches what its first part matches
    case Xapian::Query::OP_SCALE_WEIGHT:
        return n > 0 && matchingTurns(db, q.get_subquery(0), out);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
        for (size_t i = 0; i < n; ++i) {
            if (!matchingTurns(db, q.get_subquery(i), other))
                return false;
            merged.clear();
            std::set_union(out.begin(), out.end(), other.begin(), other.end(), std::back_inserter(merged));
            out.swap(merged);
        }
        return true;
    default:
        return false;
    }
}

/**
 * Counts every hit of @p query exactly without reading positions, when it is made of words (CountTerms):
 * a turn's hits are the sum of its words' within-document frequencies (one per position: the index counts a
 * stem once per position), or one for a turn matched without words. Turns with e-mail addresses, whose parts
 * share a position, are counted by their positions. A wildcard stands for the words it expands to. Returns false
 * when the query needs positions throughout (phrases, NEAR, a wildcard of more than kMaxWildcardWords words, or
 * several words one of which is a hyphenated word's joined form), or when more than @p maxTurns turns are estimated
 * to match a query of several words.
 */
bool countByFrequencies(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result,
                        Xapian::doccount estimatedTurns, Xapian::doccount maxTurns)
{
    CountTerms ct;
    countTerms(query, finder, ct);
    if (!ct.simple)
        return false;
    const bool stemmed = std::any_of(ct.terms.begin(), ct.terms.end(), [](const std::string& t) { return t[0] == 'Z'; });
    const bool plain = std::any_of(ct.terms.begin(), ct.terms.end(), [](const std::string& t) { return t[0] != 'Z'; });
    if (stemmed && plain)
        return false;
    // A hyphenated word's hit spans its parts' positions, so with a second word the hits can overlap.
    if (ct.terms.size() > 1)
        for (const Xapian::Query& leaf : ct.leaves)
            for (const std::string& w : finder.words(leaf))
                if (!w.empty() && w[0] == 'J')
                    return false;
    if (query.get_type() == Xapian::Query::LEAF_TERM && ct.terms.size() == 1) {
        result.total = qint64(db.get_collection_freq(ct.terms[0]));
        result.turns = qint64(db.get_termfreq(ct.terms[0]));
        return true;
    }
    if (estimatedTurns > maxTurns)
        return false;  // every matching turn would be visited: only when asked
    std::vector<Xapian::docid> ids;
    if (!matchingTurns(db, query, ids))
        ids = everyMatch(db, query);
    // Each word's hits per matching turn: a word in fewer turns than match walks its posting list, a commoner one
    // skips through it to the matching turns.
    std::vector<qint64> hits(ids.size(), 0);
    const Xapian::PostingIterator end;
    for (const std::string& t : ct.terms) {
        Xapian::PostingIterator it = db.postlist_begin(t);
        if (db.get_termfreq(t) <= ids.size()) {
            auto at = ids.begin();
            for (; it != end && at != ids.end(); ++it) {
                at = std::lower_bound(at, ids.end(), *it);
                if (at != ids.end() && *at == *it)
                    hits[size_t(at - ids.begin())] += it.get_wdf();
            }
        } else {
            for (size_t k = 0; k < ids.size() && it != end; ++k) {
                it.skip_to(ids[k]);
                if (it != end && *it == ids[k])
                    hits[k] += it.get_wdf();
            }
        }
    }
    if (ct.terms.size() > 1) {
        // Turns with an address: its parts share a position, so their hits come from the positions.
        Xapian::PostingIterator compound = db.postlist_begin(kCompound);
        for (size_t k = 0; k < ids.size() && compound != end; ++k) {
            compound.skip_to(ids[k]);
            if (compound != end && *compound == ids[k])
                hits[k] = qint64(finder.ranges(ids[k]).size());
        }
    }
    qint64 total = 0;
    for (const qint64 h : hits)
        total += std::max<qint64>(1, h);  // a turn matched without words (speaker:X) is one hit
    result.total = total;
    result.turns = qint64(ids.size());
    return true;
}

/**
 * The words of a query that is one phrase of plain words (no stems, no hyphenated words joined), with filters or NOT
 * beside it; else nothing.
 */
std::vector<std::string> phraseWords(const Xapian::Query& q)
{
    const size_t n = q.get_num_subqueries();
    switch (q.get_type()) {
    case Xapian::Query::OP_PHRASE: {
        std::vector<std::string> words;
        for (size_t i = 0; i < n; ++i) {
            const Xapian::Query word = q.get_subquery(i);
            if (word.get_type() != Xapian::Query::LEAF_TERM)
                return {};
            const std::string term = *word.get_terms_begin();
            if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z'))
                return {};  // Z… stands for several words, J… spans two positions
            words.push_back(term);
        }
        return words;
    }
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:
        return n > 0 ? phraseWords(q.get_subquery(0)) : std::vector<std::string>{};
    default:
        return {};
    }
}

/** The turns numbered [first, last] (as a filter): lets two threads each count half of a query's matches. */
class TurnRange : public Xapian::PostingSource {
public:
    TurnRange(Xapian::docid first, Xapian::docid last) : m_first(first), m_last(last) {}
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return m_size; }
    Xapian::doccount get_termfreq_max() const override { return m_size; }
    void init(const Xapian::Database& db) override
    {
        m_at = 0;
        m_size = std::min<Xapian::doccount>(db.get_doccount(), m_last - m_first + 1);
    }
    void next(double) override { m_at = m_at == 0 ? m_first : m_at + 1; }
    void skip_to(Xapian::docid did, double) override { m_at = std::max({did, m_first, m_at}); }
    bool at_end() const override { return m_at > m_last; }
    Xapian::docid get_docid() const override { return m_at; }
    PostingSource* clone() const override { return new TurnRange(m_first, m_last); }

private:
    Xapian::docid m_first, m_last;
    Xapian::docid m_at = 0;  ///< 0: before the first
    Xapian::doccount m_size = 0;
};

/**
 * Counts every hit of @p query by reading the positions of the turns it matches (of turns [first, last] when
 * @p last is not 0). Reading positions costs a block read each, so a phrase skips the turns where one of its words
 * occurs once (by the word's within-document frequency, from its posting list): a matching turn holds the phrase
 * exactly once there.
 */
void countByPositions(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result,
                      Xapian::docid first = 1, Xapian::docid last = 0)
{
    std::vector<Xapian::docid> ids;
    if (last == 0) {
        ids = everyMatch(db, query);
    } else {
        TurnRange range(first, last);
        ids = everyMatch(db, Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&range)));
    }
    const std::vector<std::string> words = phraseWords(query);
    std::vector<Xapian::PostingIterator> lists;
    for (const std::string& w : words)
        lists.push_back(db.postlist_begin(w));
    result.total = 0;
    result.turns = 0;
    for (const Xapian::docid did : ids) {
        bool once = false;
        for (size_t i = 0; i < lists.size() && !once; ++i) {
            lists[i].skip_to(did);
            once = lists[i] != db.postlist_end(words[i]) && *lists[i] == did && lists[i].get_wdf() <= 1;
        }
        result.total += once ? 1 : std::max<qint64>(1, qint64(finder.ranges(did).size()));
        ++result.turns;
    }
}

/** Whether @p q holds a phrase or NEAR anywhere. */
bool positional(const Xapian::Query& q)
{
    if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR)
        return true;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (positional(q.get_subquery(i)))
            return true;
    return false;
}

/** @p n to two significant figures (6,442 → 6,400): an estimate does not look exact. */
qint64 roughly(double n)
{
    if (n < 100)
        return qint64(std::llround(n));
    const double unit = std::pow(10.0, std::floor(std::log10(n)) - 1);
    return qint64(std::llround(n / unit) * unit);
}

/**
 * Estimates the hits and turns of a query with a phrase or NEAR (positional()) from exact counts in
 * kSlices runs of turns spread over the index, a tenth of them together, rounded to two significant figures: on 21
 * million words about a tenth of the time of counting everything. Sets @p result's total, turns and counted (false).
 */
void estimateBySlices(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result)
{
    constexpr Xapian::docid kSlices = 16;
    const Xapian::docid last = db.get_lastdocid();
    const Xapian::docid width = std::max<Xapian::docid>(1, last / 10 / kSlices);
    qint64 total = 0, turns = 0, covered = 0;
    for (Xapian::docid i = 0; i < kSlices; ++i) {
        const Xapian::docid first = 1 + Xapian::docid(qint64(last - width) * i / (kSlices - 1));
        SearchResult part;
        countByPositions(db, query, finder, part, first, first + width - 1);
        total += part.total;
        turns += part.turns;
        covered += width;
    }
    const double scale = double(last) / double(covered);
    result.total = roughly(double(total) * scale);
    result.turns = roughly(double(turns) * scale);
    result.counted = false;
}

/**
 * countByPositions on both cores: this thread counts the first half of the turns, another the second half with its
 * own handle on the index at @p indexPath (a Xapian database is used by one thread at a time). When the index
 * changed in between (another handle sees a newer revision), this thread counts both halves.
 */
void countByPositionsOnBothCores(const QString& indexPath, const Xapian::Database& db, const Xapian::Query& query,
                                 HitFinder& finder, SearchResult& result)
{
    const Xapian::docid last = db.get_lastdocid(), middle = last / 2;
    const std::string serialised = query.serialise();
    const Xapian::rev revision = db.get_revision();
    SearchResult second;
    bool counted = false;
    std::exception_ptr failure;
    std::thread helper([&] {
        try {
            const Xapian::Database own(indexPath.toStdString());
            if (own.get_revision() != revision)
                return;
            const Xapian::Query q = Xapian::Query::unserialise(serialised);
            HitFinder f(own, q);
            countByPositions(own, q, f, second, middle + 1, last);
            counted = true;
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        countByPositions(db, query, finder, result, 1, middle);
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failure)
        std::rethrow_exception(failure);
    if (!counted)
        countByPositions(db, query, finder, second, middle + 1, last);
    result.total += second.total;
    result.turns += second.turns;
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
