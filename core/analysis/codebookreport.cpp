#include "analysis/codebookreport.h"

#include "analysis/analysisdata.h"

namespace thema {

QList<CodebookRow> buildCodebook(const AnalysisData& data)
{
    QSet<Id> filter;
    for (Id c : data.options().codes)
        filter.unite(data.codeSubtree(c));
    QList<CodebookRow> out;
    for (const Code& code : data.codes()) {
        if (!filter.isEmpty() && !filter.contains(code.id))
            continue;
        CodebookRow row;
        row.code = code;
        row.level = int(code.path.count(QLatin1Char('/')));
        const QList<Coding> codings = data.codingsOf(data.codeSubtree(code.id));
        row.codings = int(codings.size());
        QSet<Id> sources, people;
        for (const Coding& c : codings) {
            sources.insert(c.source);
            for (Id p : data.holders(c))
                people.insert(p);
        }
        row.sources = int(sources.size());
        row.participants = int(people.size());
        for (const Theme& t : data.themes())
            if (t.codes.contains(code.id))
                row.themes.append(t.path);
        out.append(row);
    }
    return out;
}

}  // namespace thema
