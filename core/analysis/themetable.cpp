#include "analysis/themetable.h"

#include "analysis/analysisdata.h"
#include "store/projectstore.h"

#include <algorithm>

namespace thema {
namespace {

/** Ranks a candidate quote: a readable length first, then longer first. */
bool betterQuote(qsizetype a, qsizetype b)
{
    const bool aGood = a >= 40 && a <= 400, bGood = b >= 40 && b <= 400;
    if (aGood != bGood)
        return aGood;
    return a > b;
}

/** What the rows above have quoted: passages, and how often each participant. */
struct Quoted {
    QList<Coding> passages;
    QHash<Id, int> perParticipant;
};

QList<ThemeQuote> pickQuotes(const AnalysisData& data, const Theme& theme, Quoted& quoted)
{
    QList<Coding>& used = quoted.passages;
    const int wanted = data.options().quotes;
    QList<ThemeQuote> out;
    QList<Coding> taken;
    auto overlapsTaken = [&](const Coding& c) {
        return std::any_of(taken.begin(), taken.end(), [&](const Coding& t) { return t.source == c.source && t.span.overlaps(c.span); });
    };
    auto usedElsewhere = [&](const Coding& c) {
        return std::any_of(used.begin(), used.end(), [&](const Coding& t) { return t.source == c.source && t.span.overlaps(c.span); });
    };
    auto take = [&](const Coding& c, bool exemplar) {
        taken.append(c);
        used.append(c);
        const Id who = data.speaker(c);
        ++quoted.perParticipant[who];
        out.append({c.id, who, data.extract(c, data.options().maxQuoteChars), data.label(who), exemplar});
    };
    if (wanted <= 0)
        return out;

    // Starred exemplars first, in the order they were starred; a coder filter does not hide them.
    for (Id id : data.store().exemplars(theme.id))
        if (const auto c = data.store().coding(id); c && out.size() < wanted && !overlapsTaken(*c) && !data.interviewerOnly(*c))
            take(*c, true);

    for (const bool own : {true, false}) {
        QSet<Id> codes = data.themeCodes(theme.id, !own);
        if (!own)
            codes.subtract(data.themeCodes(theme.id, false));
        QList<Coding> candidates = data.codingsOf(codes);
        // An interviewer's question is context, not data: it is never quoted (nor attributed to the interviewee).
        candidates.removeIf([&](const Coding& c) { return data.interviewerOnly(c); });
        QHash<Id, qsizetype> length;
        for (const Coding& c : candidates)
            length.insert(c.id, data.extract(c, 0).size());
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&](const Coding& a, const Coding& b) { return betterQuote(length[a.id], length[b.id]); });
        // Rounds: a passage no other row quotes, from a participant not yet quoted in this row; then from anyone;
        // then a passage another row quotes too (a subtheme and its theme often share their best extracts).
        // Within a round, the participant the table has quoted least goes first, so the voices spread.
        for (int round = 0; round < 3 && out.size() < wanted; ++round)
            while (out.size() < wanted) {
                const Coding* best = nullptr;
                for (const Coding& c : candidates) {
                    const Id who = data.speaker(c);
                    const bool spoken = std::any_of(out.begin(), out.end(), [&](const ThemeQuote& q) { return q.participant == who; });
                    if ((round == 0 && spoken) || (round < 2 && usedElsewhere(c)) || overlapsTaken(c))
                        continue;
                    if (!best || quoted.perParticipant.value(who) < quoted.perParticipant.value(data.speaker(*best)))
                        best = &c;
                }
                if (!best)
                    break;
                take(*best, false);
            }
        if (out.size() >= wanted)
            break;
    }
    return out;
}

}  // namespace

ThemeTable buildThemeTable(const AnalysisData& data)
{
    ThemeTable table;
    table.groupAttribute = data.groupAttribute();
    table.groups = data.groups();
    for (const QString& g : table.groups)
        table.groupSizes.append(int(std::count_if(data.appearing().begin(), data.appearing().end(),
                                                   [&](Id p) { return data.groupOf(p) == g; })));

    Quoted quoted;
    QSet<Id> wanted;
    for (Id t : data.options().themes)
        for (Id sub : data.themeSubtree(t))
            wanted.insert(sub);

    for (const Theme& theme : data.themes()) {
        if (!wanted.isEmpty() && !wanted.contains(theme.id))
            continue;
        ThemeTableRow row;
        row.theme = theme;
        row.level = int(theme.path.count(QLatin1Char('/')));
        if (const Theme* parent = data.theme(theme.parent))
            row.parentName = parent->name;
        const QList<Coding> codings = data.codingsOf(data.themeCodes(theme.id, true));
        row.extracts = int(codings.size());
        QSet<Id> holders;
        for (const Coding& c : codings)
            for (Id p : data.holders(c))
                holders.insert(p);
        row.total = int(holders.size());
        for (const QString& g : table.groups)
            row.participants.append(int(std::count_if(holders.begin(), holders.end(), [&](Id p) { return data.groupOf(p) == g; })));
        row.quotes = pickQuotes(data, theme, quoted);
        table.rows.append(row);
    }
    return table;
}

QStringList unquotableExemplarNotes(const AnalysisData& data)
{
    QStringList notes;
    for (const Theme& theme : data.themes())
        for (Id id : data.store().exemplars(theme.id))
            if (const auto c = data.store().coding(id); c && data.interviewerOnly(*c))
                notes.append(QStringLiteral("Theme \"%1\": the starred exemplar \"%2\" is in an interviewer's turn and is left out of "
                                            "the quotes.")
                                 .arg(theme.name, data.extract(*c, 80)));
    return notes;
}

}  // namespace thema
