#include "analysis/extractlist.h"

#include "analysis/analysisdata.h"
#include "store/projectstore.h"

#include <algorithm>

namespace thema {
namespace {

QString attributeText(const Participant* p)
{
    if (!p)
        return QString();
    QStringList parts;
    for (auto it = p->attributes.cbegin(); it != p->attributes.cend(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + it.value());
    return parts.join(QStringLiteral("; "));
}

void appendRows(const AnalysisData& data, const QString& heading, QList<Coding> codings, QList<ExtractRow>& out)
{
    std::stable_sort(codings.begin(), codings.end(), [&](const Coding& a, const Coding& b) {
        const Source* sa = data.source(a.source);
        const Source* sb = data.source(b.source);
        const int byName = QString::localeAwareCompare(sa ? sa->name : QString(), sb ? sb->name : QString());
        return byName != 0 ? byName < 0 : a.span.start < b.span.start;
    });
    for (const Coding& c : codings) {
        ExtractRow row;
        row.heading = heading;
        row.coding = c;
        const Source* source = data.source(c.source);
        row.source = source ? source->name : QString();
        const Participant* who = data.participant(data.voice(c));
        row.participant = !who ? QString() : who->interviewer ? who->name + QStringLiteral(" (interviewer)") : who->name;
        row.attributes = attributeText(who);
        row.turn = data.turnNumber(c.source, c.span.start);
        row.coder = data.coderName(c.coder);
        QStringList memos;
        if (!c.memo.trimmed().isEmpty())
            memos.append(c.memo.trimmed());
        for (const Memo& m : data.store().memosFor(MemoTarget::Coding, c.id))
            memos.append(m.title.isEmpty() ? m.text.trimmed() : m.title + QStringLiteral(": ") + m.text.trimmed());
        row.memo = memos.join(QLatin1Char('\n'));
        row.text = data.extract(c, data.options().maxQuoteChars);
        out.append(row);
    }
}

}  // namespace

QList<ExtractRow> buildExtracts(const AnalysisData& data)
{
    const AnalysisOptions& o = data.options();
    QSet<Id> codeFilter;
    for (Id c : o.codes)
        codeFilter.unite(data.codeSubtree(c));
    QList<ExtractRow> out;
    if (!o.themes.isEmpty() || o.rows == MatrixRows::Themes) {
        QSet<Id> themes;
        for (Id t : o.themes)
            for (Id sub : data.themeSubtree(t))
                themes.insert(sub);
        for (const Theme& t : data.themes()) {
            if (!themes.isEmpty() && !themes.contains(t.id))
                continue;
            QSet<Id> codes = data.themeCodes(t.id, false);
            if (!codeFilter.isEmpty())
                codes.intersect(codeFilter);
            appendRows(data, t.path, data.codingsOf(codes), out);
        }
        return out;
    }
    for (const Code& c : data.codes())
        if (codeFilter.isEmpty() || codeFilter.contains(c.id))
            appendRows(data, c.path, data.codingsOf({c.id}), out);
    return out;
}

}  // namespace thema
