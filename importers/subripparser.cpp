#include "subripparser.h"

#include "model/error.h"

#include <QRegularExpression>
#include <QStringList>

namespace thema {
namespace {

bool isCueNumber(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 9)
        return false;
    for (const QChar c : t)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

QString shortened(const QString& line)
{
    const QString t = line.trimmed();
    return t.size() > 80 ? t.left(77) + QStringLiteral("...") : t;
}

}  // namespace

std::optional<std::pair<qint64, qint64>> SubRipParser::parseTiming(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{1,9}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?\s*-->\s*(\d{1,9}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?(?:\s.*)?$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    auto ms = [&](int first) -> std::optional<qint64> {
        const qint64 h = m.captured(first).toLongLong(), min = m.captured(first + 1).toLongLong(),
                     s = m.captured(first + 2).toLongLong();
        if (min > 59 || s > 59)
            return std::nullopt;
        const qint64 fraction = m.captured(first + 3).leftJustified(3, QLatin1Char('0')).toLongLong();
        return ((h * 60 + min) * 60 + s) * 1000 + fraction;
    };
    const auto start = ms(1), end = ms(5);
    if (!start || !end)
        return std::nullopt;
    return std::make_pair(*start, *end);
}

QList<Cue> SubRipParser::parse(const QString& text, const QString& fileName)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype n = lines.size();
    QList<Cue> cues;
    auto startsCue = [&](qsizetype i) {
        return (isCueNumber(lines[i]) && i + 1 < n && lines[i + 1].contains(QLatin1String("-->"))) ||
               lines[i].contains(QLatin1String("-->"));
    };
    qsizetype i = 0;
    while (i < n) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        QString id;
        if (isCueNumber(lines[i]) && !(i + 1 < n && lines[i + 1].contains(QLatin1String("-->")))) {
            throw Error(QStringLiteral("%1: line %2: cue %3 has no timing line (expected \"hh:mm:ss,mmm --> hh:mm:ss,mmm\" "
                                       "on the line after the cue number)")
                            .arg(fileName).arg(i + 1).arg(lines[i].trimmed()));
        }
        if (isCueNumber(lines[i]))
            id = lines[i++].trimmed();
        if (!lines[i].contains(QLatin1String("-->"))) {
            if (cues.isEmpty())
                throw Error(QStringLiteral("%1: not a SubRip file: line %2 should be a cue number or a timing line, not \"%3\"")
                                .arg(fileName).arg(i + 1).arg(shortened(lines[i])));
            // Text after a blank line inside a cue.
            Cue& previous = cues.last();
            while (i < n && !isBlank(lines[i]) && !startsCue(i))
                previous.text += QLatin1Char('\n') + lines[i++];
            continue;
        }
        const auto timing = parseTiming(lines[i]);
        if (!timing)
            throw Error(QStringLiteral("%1: line %2: cannot read the cue timing \"%3\" (expected \"hh:mm:ss,mmm --> hh:mm:ss,mmm\")")
                            .arg(fileName).arg(i + 1).arg(shortened(lines[i])));
        Cue cue;
        cue.id = id;
        cue.line = int(i + 1);
        cue.startMs = timing->first;
        cue.endMs = timing->second;
        ++i;
        QStringList body;
        while (i < n && !isBlank(lines[i]) && !startsCue(i))
            body.append(lines[i++]);
        cue.text = body.join(QLatin1Char('\n'));
        cues.append(cue);
    }
    return cues;
}

}  // namespace thema
