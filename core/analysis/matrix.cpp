#include "analysis/matrix.h"

#include "analysis/analysisdata.h"
#include "store/projectstore.h"
#include "text/boundaries.h"

#include <algorithm>

namespace thema {
namespace {

/** Merges the spans of each source's codings, so overlapping passages count once. */
QList<Coding> mergedSpans(QList<Coding> codings)
{
    std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
        return a.source != b.source ? a.source < b.source : a.span.start < b.span.start;
    });
    QList<Coding> out;
    for (const Coding& c : codings) {
        if (!out.isEmpty() && out.back().source == c.source && c.span.start <= out.back().span.end)
            out.back().span.end = std::max(out.back().span.end, c.span.end);
        else
            out.append(c);
    }
    return out;
}

void countRow(const AnalysisData& data, const QStringList& columns, const QList<Coding>& codings, MatrixRow& row)
{
    row.cells = QList<qint64>(columns.size(), 0);
    auto add = [&](Id participant, qint64 n) {
        row.total += n;
        if (participant && data.participant(participant)) {
            const qsizetype col = columns.indexOf(data.groupOf(participant));
            if (col >= 0)
                row.cells[col] += n;
        }
    };
    switch (data.options().count) {
    case MatrixCount::Participants: {
        QSet<Id> people;
        for (const Coding& c : codings)
            for (Id p : data.holders(c))
                people.insert(p);
        for (Id p : people)
            add(p, 1);
        break;
    }
    case MatrixCount::Extracts:
        for (const Coding& c : codings)
            add(data.speaker(c), 1);
        break;
    case MatrixCount::Words:
        for (const Coding& c : mergedSpans(codings))
            add(data.speaker(c), wordSpans(data.rawText(c.source, c.span), data.store().language()).size());
        break;
    }
}

}  // namespace

Matrix buildMatrix(const AnalysisData& data)
{
    const AnalysisOptions& o = data.options();
    Matrix m;
    m.count = o.count;
    m.rowKind = o.rows;
    m.groupAttribute = data.groupAttribute();
    m.columns = data.groups();
    for (const QString& g : m.columns)
        m.columnSizes.append(int(std::count_if(data.appearing().begin(), data.appearing().end(), [&](Id p) { return data.groupOf(p) == g; })));

    if (o.rows == MatrixRows::Themes) {
        QSet<Id> wanted;
        for (Id t : o.themes)
            for (Id sub : data.themeSubtree(t))
                wanted.insert(sub);
        for (const Theme& t : data.themes()) {
            if (!wanted.isEmpty() && !wanted.contains(t.id))
                continue;
            MatrixRow row{t.id, t.name, t.path, int(t.path.count(QLatin1Char('/'))), {}, 0};
            countRow(data, m.columns, data.codingsOf(data.themeCodes(t.id, true)), row);
            m.rows.append(row);
        }
        return m;
    }
    QSet<Id> wanted;
    for (Id c : o.codes)
        wanted.unite(data.codeSubtree(c));
    for (const Code& c : data.codes()) {
        if (!wanted.isEmpty() && !wanted.contains(c.id))
            continue;
        MatrixRow row{c.id, c.name, c.path, int(c.path.count(QLatin1Char('/'))), {}, 0};
        countRow(data, m.columns, data.codingsOf(data.codeSubtree(c.id)), row);
        m.rows.append(row);
    }
    return m;
}

}  // namespace thema
