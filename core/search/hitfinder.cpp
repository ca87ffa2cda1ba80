#include "hitfinder.h"

#include <algorithm>

namespace thema {
namespace {

/** The window of a PHRASE or NEAR query, which Xapian 1.4 only shows in the description ("a NEAR 11 b"). */
Xapian::termpos windowOf(const Xapian::Query& q, const char* op, Xapian::termpos fallback)
{
    const std::string desc = q.get_description();
    const std::string key = std::string(" ") + op + ' ';
    const size_t at = desc.find(key);
    if (at == std::string::npos)
        return fallback;
    const Xapian::termpos w = Xapian::termpos(std::strtoul(desc.c_str() + at + key.size(), nullptr, 10));
    return w ? w : fallback;
}

bool contains(const std::vector<Xapian::termpos>& sorted, Xapian::termpos p)
{
    return std::binary_search(sorted.begin(), sorted.end(), p);
}

}  // namespace

const std::vector<std::string>& HitFinder::words(const Xapian::Query& leaf)
{
    const auto known = m_leafWords.find(leaf.internal.get());
    if (known != m_leafWords.end())
        return *known->second.second;
    const std::string key = leaf.get_description();
    auto it = m_words.find(key);
    if (it == m_words.end())
        it = m_words.emplace(key, wordsOf(leaf, key)).first;
    m_leafWords.emplace(leaf.internal.get(), std::make_pair(leaf, &it->second));
    return it->second;
}

std::vector<std::string> HitFinder::wordsOf(const Xapian::Query& leaf, const std::string& key) const
{
    std::vector<std::string> found;
    if (leaf.get_type() == Xapian::Query::OP_WILDCARD) {
        // "Query(WILDCARD SYNONYM list)": the pattern is the last word.
        const size_t close = key.rfind(')');
        const size_t space = key.rfind(' ', close);
        const std::string prefix = key.substr(space + 1, close - space - 1);
        for (auto t = m_db.allterms_begin(prefix); t != m_db.allterms_end(prefix) && found.size() < kMaxWildcardWords; ++t)
            found.push_back(*t);
    } else if (leaf.get_terms_begin() != leaf.get_terms_end()) {
        const std::string term = *leaf.get_terms_begin();
        if (!term.empty() && term[0] == 'Z') {
            for (auto s = m_db.synonyms_begin(term); s != m_db.synonyms_end(term); ++s)
                found.push_back(*s);
        } else if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) {
            found.push_back(term);  // a word; upper-case prefixes are boolean terms, never hits
        }
    }
    return found;
}

Xapian::termpos HitFinder::window(const Xapian::Query& q, const char* op, Xapian::termpos fallback)
{
    const auto known = m_windows.find(q.internal.get());
    if (known != m_windows.end())
        return known->second.second;
    const Xapian::termpos w = windowOf(q, op, fallback);
    m_windows.emplace(q.internal.get(), std::make_pair(q, w));
    return w;
}

HitFinder::Positions HitFinder::positions(const Xapian::Query& q, Xapian::docid did)
{
    Positions out;
    const auto type = q.get_type();
    if (type == Xapian::Query::OP_WILDCARD) {
        // The document's own words with the pattern as prefix: far fewer than the pattern's expansion.
        const std::string key = q.get_description();
        const size_t close = key.rfind(')');
        const size_t space = key.rfind(' ', close);
        const std::string prefix = key.substr(space + 1, close - space - 1);
        auto t = m_db.termlist_begin(did);
        for (t.skip_to(prefix); t != m_db.termlist_end(did) && (*t).compare(0, prefix.size(), prefix) == 0; ++t)
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
                out.push_back(*p);
    } else if (type == Xapian::Query::LEAF_TERM) {
        for (const std::string& w : words(q))
            for (auto p = m_db.positionlist_begin(did, w); p != m_db.positionlist_end(did, w); ++p)
                out.push_back(*p);
    } else {
        std::vector<PositionRange> ranges;
        collect(q, did, ranges);
        for (const PositionRange& r : ranges)
            out.push_back(r.first);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void HitFinder::collect(const Xapian::Query& q, Xapian::docid did, std::vector<PositionRange>& out)
{
    const auto type = q.get_type();
    const size_t n = q.get_num_subqueries();
    switch (type) {
    case Xapian::Query::LEAF_TERM:
        for (const std::string& w : words(q)) {
            Positions ps;
            for (auto p = m_db.positionlist_begin(did, w); p != m_db.positionlist_end(did, w); ++p)
                ps.push_back(*p);
            if (!w.empty() && w[0] == 'J') {  // a hyphenated word: its first and last part's positions
                for (size_t i = 0; i + 1 < ps.size(); i += 2)
                    out.push_back({ps[i], ps[i + 1]});
            } else {
                for (Xapian::termpos p : ps)
                    out.push_back({p, p});
            }
        }
        return;
    case Xapian::Query::OP_WILDCARD:
        for (Xapian::termpos p : positions(q, did))
            out.push_back({p, p});
        return;
    case Xapian::Query::OP_PHRASE: {
        std::vector<Positions> parts;
        for (size_t i = 0; i < n; ++i)
            parts.push_back(positions(q.get_subquery(i), did));
        if (parts.empty())
            return;
        const Xapian::termpos window = this->window(q, "PHRASE", Xapian::termpos(n));
        for (Xapian::termpos p0 : parts[0]) {
            Xapian::termpos at = p0;
            bool ok = true;
            for (size_t i = 1; i < n && ok; ++i) {
                if (window <= n) {  // exact phrase: the next word right after
                    ok = contains(parts[i], p0 + Xapian::termpos(i));
                    at = p0 + Xapian::termpos(i);
                } else {  // ADJ/n: in order within the window
                    const auto next = std::upper_bound(parts[i].begin(), parts[i].end(), at);
                    ok = next != parts[i].end() && *next - p0 < window;
                    if (ok)
                        at = *next;
                }
            }
            if (ok)
                out.push_back({p0, at});
        }
        return;
    }
    case Xapian::Query::OP_NEAR: {
        std::vector<Positions> parts;
        for (size_t i = 0; i < n; ++i)
            parts.push_back(positions(q.get_subquery(i), did));
        const Xapian::termpos window = this->window(q, "NEAR", Xapian::termpos(n) + 9);
        // A word is a hit when every other part has an occurrence within the window of it.
        for (size_t i = 0; i < n; ++i)
            for (Xapian::termpos p : parts[i]) {
                bool ok = true;
                for (size_t j = 0; j < n && ok; ++j) {
                    if (j == i)
                        continue;
                    const auto lo = std::lower_bound(parts[j].begin(), parts[j].end(), p >= window ? p - window + 1 : 1);
                    ok = lo != parts[j].end() && *lo < p + window;
                }
                if (ok)
                    out.push_back({p, p});
            }
        return;
    }
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_FILTER:
        if (n > 0)
            collect(q.get_subquery(0), did, out);
        return;
    default:
        for (size_t i = 0; i < n; ++i)
            collect(q.get_subquery(i), did, out);
    }
}

std::vector<PositionRange> HitFinder::ranges(Xapian::docid did)
{
    std::vector<PositionRange> all;
    collect(m_query, did, all);
    std::sort(all.begin(), all.end(), [](const PositionRange& a, const PositionRange& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    std::vector<PositionRange> kept;
    for (const PositionRange& r : all)
        if (kept.empty() || r.first > kept.back().last)
            kept.push_back(r);
        else if (r.last > kept.back().last)
            kept.push_back(r);  // overlapping but not inside: a separate hit
    return kept;
}

}  // namespace thema
