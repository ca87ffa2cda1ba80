#include "speakernamelines.h"

#include <QHash>
#include <QRegularExpression>

namespace thema {

QList<qsizetype> speakerNameLines(const QStringList& lines)
{
    static const QRegularExpression name(
        QStringLiteral(R"(^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}\p{N}.'’_-]*(?:[ \t]+[\p{Lu}\p{Lt}\p{Lo}\p{N}][\p{L}\p{M}\p{N}.'’_&-]*){0,2}(?:[ \t]*\([^()\n]{1,30}\))?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto blank = [&](qsizetype i) { return i < 0 || i >= lines.size() || lines[i].trimmed().isEmpty(); };
    // Word and OpenDocument paragraphs reach here separated by blank lines, so the text may follow one blank line.
    auto textBelow = [&](qsizetype i) { return !blank(i + 1) || (blank(i + 1) && !blank(i + 2)); };

    QList<qsizetype> candidates;
    QHash<QString, int> uses;
    qsizetype paragraphs = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (blank(i) || !blank(i - 1))
            continue;
        ++paragraphs;
        const QString line = lines[i].trimmed();
        if (!textBelow(i) || line.size() > 40 || line.endsWith(QLatin1Char('.')) || !name.match(line).hasMatch())
            continue;
        candidates.append(i);
        ++uses[line];
    }
    int recurring = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        recurring += it.value() >= 2 ? 1 : 0;
    QList<qsizetype> result;
    for (const qsizetype i : candidates)
        if (uses.value(lines[i].trimmed()) >= 2)
            result.append(i);
    if (recurring < 2 || result.size() * 10 < paragraphs * 3)
        return {};
    return result;
}

}  // namespace thema
