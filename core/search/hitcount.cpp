// Counting a query's hits and turns without showing them: from frequencies, from positions, or estimated.
#include "hitcount.h"

#include "alongside.h"
#include "indexterms.h"

#include <algorithm>
#include <cmath>

namespace thema {

using namespace indexterms;

namespace {

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

/** @p n to two significant figures (6,442 → 6,400): an estimate does not look exact. */
qint64 roughly(double n)
{
    if (n < 100)
        return qint64(std::llround(n));
    const double unit = std::pow(10.0, std::floor(std::log10(n)) - 1);
    return qint64(std::llround(n / unit) * unit);
}

}  // namespace

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

void countByPositions(const Xapian::Database& db, const Xapian::Query& query, HitFinder& finder, SearchResult& result,
                      Xapian::docid first, Xapian::docid last)
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

bool positional(const Xapian::Query& q)
{
    if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR)
        return true;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (positional(q.get_subquery(i)))
            return true;
    return false;
}

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

void countByPositionsOnBothCores(const QString& indexPath, const Xapian::Database& db, const Xapian::Query& query,
                                 HitFinder& finder, SearchResult& result)
{
    const Xapian::docid last = db.get_lastdocid(), middle = last / 2;
    const std::string serialised = query.serialise();
    const Xapian::rev revision = db.get_revision();
    SearchResult second;
    bool counted = false;
    alongside(
        [&] {
            const Xapian::Database own(indexPath.toStdString());
            if (own.get_revision() != revision)
                return;
            const Xapian::Query q = Xapian::Query::unserialise(serialised);
            HitFinder f(own, q);
            countByPositions(own, q, f, second, middle + 1, last);
            counted = true;
        },
        [&] { countByPositions(db, query, finder, result, 1, middle); });
    if (!counted)
        countByPositions(db, query, finder, second, middle + 1, last);
    result.total += second.total;
    result.turns += second.turns;
}

}  // namespace thema
