#include "tabledrafts.h"

#include "model/error.h"
#include "speakerlabels.h"
#include "turnbuilder.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace thema {
namespace {

qsizetype columnMatching(const QStringList& header, const QString& pattern)
{
    const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(pattern), QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString h = header[i].simplified();
        h.remove(QRegularExpression(QStringLiteral(R"(\s*\((s|sec|seconds|ms|hh:mm:ss)\)$)")));
        if (re.match(h).hasMatch())
            return i;
    }
    return -1;
}

std::optional<qint64> timeOf(const QString& cell, bool numbersAreDays)
{
    if (cell.isEmpty())
        return std::nullopt;
    if (const auto ms = SpeakerLabels::parseTimestamp(cell))
        return ms;
    bool ok = false;
    const double value = cell.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qint64(value * (numbersAreDays ? 86400000.0 : 1000.0) + 0.5);
}

void addLines(TurnBuilder& builder, const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            builder.addLine(line.trimmed());
}

QList<SourceDraft> transcript(const DataTable& table, qsizetype textCol, qsizetype speakerCol, qsizetype timeCol,
                              qsizetype endCol)
{
    TurnBuilder builder;
    for (const QStringList& row : table.rows) {
        if (row[textCol].trimmed().isEmpty())
            continue;
        builder.startTurn(speakerCol >= 0 ? row[speakerCol] : QString(),
                          timeCol >= 0 ? timeOf(row[timeCol], table.numbersAreDays) : std::nullopt,
                          endCol >= 0 ? timeOf(row[endCol], table.numbersAreDays) : std::nullopt);
        addLines(builder, row[textCol]);
    }
    SourceDraft draft;
    builder.finish(draft);
    return {draft};
}

qsizetype wordCount(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts).size();
}

bool isQuestion(const DataTable& table, qsizetype col)
{
    if (table.header[col].trimmed().endsWith(QLatin1Char('?')))
        return true;
    qsizetype answers = 0, words = 0, longest = 0;
    for (const QStringList& row : table.rows) {
        if (row[col].isEmpty())
            continue;
        const qsizetype n = wordCount(row[col]);
        ++answers;
        words += n;
        longest = std::max(longest, n);
    }
    return answers > 0 && (longest >= 6 || words >= 3 * answers);
}

QString respondentName(const DataTable& table, qsizetype idCol, qsizetype row)
{
    const QString id = idCol >= 0 ? table.rows[row][idCol] : QString();
    static const QRegularExpression number(QStringLiteral(R"(^\d+(\.0+)?$)"));
    if (id.isEmpty())
        return QStringLiteral("Respondent %1").arg(row + 1);
    if (number.match(id).hasMatch())
        return QStringLiteral("Respondent %1").arg(id.section(QLatin1Char('.'), 0, 0));
    return id;
}

QString shortName(const QString& text)
{
    const QString s = text.simplified();
    return s.size() <= 100 ? s : s.left(99) + QChar(0x2026);
}

}  // namespace

QList<SourceDraft> tableDrafts(const DataTable& table, const QString& fileName, const ImportOptions& options)
{
    const QString file = QFileInfo(fileName).fileName();
    if (table.rows.isEmpty())
        throw Error(QStringLiteral("%1: the table has a header but no rows").arg(file));
    const QStringList& header = table.header;
    const qsizetype textCol = columnMatching(header, QStringLiteral(
        "text|transcript|transcription|utterance|content|speech|caption|dialogue|words|what was said|says"));
    const qsizetype speakerCol = columnMatching(header, QStringLiteral("speaker|speaker name|speaker label|who|voice|name"));
    const qsizetype timeCol = columnMatching(header, QStringLiteral(
        "start|start time|start_time|starttime|begin|time|timestamp|time ?code|tc|in|from|start ?timestamp"));
    const qsizetype endCol = columnMatching(header, QStringLiteral("end|end time|end_time|endtime|stop|out|to|end ?timestamp"));
    if (textCol >= 0 && (speakerCol >= 0 || timeCol >= 0)) {
        QList<SourceDraft> drafts = transcript(table, textCol, speakerCol, timeCol, endCol);
        drafts.first().warnings.append(QStringLiteral("%1: read as a transcript, one turn per row (text: \"%2\"%3%4)")
                                           .arg(file, header[textCol],
                                                speakerCol >= 0 ? QStringLiteral(", speaker: \"%1\"").arg(header[speakerCol]) : QString(),
                                                timeCol >= 0 ? QStringLiteral(", time: \"%1\"").arg(header[timeCol]) : QString()));
        return drafts;
    }

    const QString layout = options.surveyLayout.isEmpty() ? QStringLiteral("per-question") : options.surveyLayout;
    if (layout != QLatin1String("per-question") && layout != QLatin1String("per-respondent"))
        throw Error(QStringLiteral("%1: unknown survey layout \"%2\" (per-question or per-respondent)").arg(file, layout));
    const qsizetype idCol = columnMatching(header, QStringLiteral(
        "id|respondent|respondent ?id|respondent ?number|participant|participant ?id|case|case ?id|name|pseudonym|response ?id"));
    QList<qsizetype> questions, attributes;
    for (qsizetype c = 0; c < header.size(); ++c)
        if (c != idCol)
            (isQuestion(table, c) ? questions : attributes).append(c);
    if (questions.isEmpty())
        throw Error(QStringLiteral("%1: no column holds open-ended answers or a transcript; a transcript table needs "
                                   "columns such as Speaker, Start and Text, a survey table answers of several words")
                        .arg(file));

    QStringList respondents;
    QMap<QString, QMap<QString, QString>> attributesOf;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        respondents.append(respondentName(table, idCol, r));
        QMap<QString, QString>& attrs = attributesOf[respondents.last()];
        for (const qsizetype c : attributes)
            if (!table.rows[r][c].isEmpty())
                attrs.insert(header[c].simplified(), table.rows[r][c]);
    }
    QStringList questionNames, attributeNames;
    for (const qsizetype c : questions)
        questionNames.append(QLatin1Char('"') + shortName(header[c]) + QLatin1Char('"'));
    for (const qsizetype c : attributes)
        attributeNames.append(QLatin1Char('"') + header[c].simplified() + QLatin1Char('"'));
    const QString report = QStringLiteral("%1: read as survey answers, one source %2; questions: %3; attributes: %4%5")
                               .arg(file, layout == QLatin1String("per-question") ? QStringLiteral("per question")
                                                                                   : QStringLiteral("per respondent"),
                                    questionNames.join(QStringLiteral(", ")),
                                    attributeNames.isEmpty() ? QStringLiteral("none") : attributeNames.join(QStringLiteral(", ")),
                                    idCol >= 0 ? QStringLiteral("; respondents named by \"%1\"").arg(header[idCol]) : QString());
    const QString base = QFileInfo(fileName).completeBaseName();
    QList<SourceDraft> drafts;
    auto add = [&](const QString& name, TurnBuilder& builder) {
        SourceDraft draft;
        builder.finish(draft);
        if (draft.text.isEmpty())
            return;
        draft.name = base + QStringLiteral(" – ") + name;
        for (const DraftTurn& t : draft.turns)
            if (!t.speaker.isEmpty())
                draft.speakerAttributes.insert(t.speaker, attributesOf.value(t.speaker));
        draft.warnings.append(report);
        drafts.append(draft);
    };
    if (layout == QLatin1String("per-question")) {
        for (const qsizetype c : questions) {
            TurnBuilder builder;
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                if (!table.rows[r][c].isEmpty()) {
                    builder.startTurn(respondents[r]);
                    addLines(builder, table.rows[r][c]);
                }
            add(shortName(header[c]), builder);
        }
    } else {
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            TurnBuilder builder;
            for (const qsizetype c : questions)
                if (!table.rows[r][c].isEmpty()) {
                    builder.startTurn(QString());
                    addLines(builder, header[c]);
                    builder.startTurn(respondents[r]);
                    addLines(builder, table.rows[r][c]);
                }
            add(respondents[r], builder);
        }
    }
    if (drafts.isEmpty())
        throw Error(QStringLiteral("%1: every answer is empty").arg(file));
    return drafts;
}

}  // namespace thema
