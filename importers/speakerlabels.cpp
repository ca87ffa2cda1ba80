#include "speakerlabels.h"

#include "model/error.h"

#include <algorithm>

namespace thema {
namespace {

const QRegularExpression::PatternOptions kUnicode = QRegularExpression::UseUnicodePropertiesOption;

const QRegularExpression& timestampPrefix()
{
    // [00:01:02], (00:01:02), \[04:22\] (escaped Markdown), 00:00:08, [-00:00:00:10]
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:\\?\[|\()?(-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d{1,3})?)(?:\\?\]|\))?(?=\s|$)\s*)"), kUnicode);
    return re;
}

const QRegularExpression& markdownLabel()
{
    // **Full Name:** or **Full Name**:
    static const QRegularExpression re(QStringLiteral(R"(^\*\*([^*\n]{1,60}?)\s*(?::\s*\*\*|\*\*\s*:)\s*)"), kUnicode);
    return re;
}

const QRegularExpression& bracketLabel()
{
    // [id1] as QualCoder writes it; the id must contain a letter, so "[00:12]" stays a timestamp.
    static const QRegularExpression re(QStringLiteral(R"(^\[([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)\]\s+)"), kUnicode);
    return re;
}

const QRegularExpression& voiceLabel()
{
    // <v Name>text or <v.loud Name>text: WebVTT voice tags as Teams and podcast tools leave them in plain text.
    static const QRegularExpression re(QStringLiteral(R"(^<v(?:\.[\w.-]+)*[ \t]+([^<>\n]{1,60})>\s*)"), kUnicode);
    return re;
}

const QRegularExpression& headerLabel()
{
    // Otter's "Speaker 1  0:03" or "Jane Doe  1:02:03": a name of one to four capitalised words (or words in a
    // script without case) and a time, alone on the line; "tea at 4:30" is no header.
    static const QRegularExpression re(
        QStringLiteral(R"(^([\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}\p{N}.'’_-]*(?:[ \t]+[\p{Lu}\p{Lt}\p{Lo}\p{N}][\p{L}\p{M}\p{N}.'’_&-]*){0,3})[ \t]+(?=\d{1,2}:\d{2}(?::\d{2})?\s*$))"),
        kUnicode);
    return re;
}

// "Name (00:01:02)" as a colon label's text: the time in brackets is the turn's timestamp, not part of the name.
const QRegularExpression& labelWithTime()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*?)[ \t]*[(\[](-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d{1,3})?)[)\]]$)"), kUnicode);
    return re;
}

const QRegularExpression& colonLabel()
{
    // One to four words starting with a letter, an optional "(…)" part, then ':' followed by white space or the
    // end of the line (so "http://" is no label), or a full-width '：', which CJK text follows without a space.
    // Spaces are allowed before the colon (French typography).
    static const QRegularExpression re(
        QStringLiteral(R"(^([\p{L}][\p{L}\p{M}\p{N}.'’_-]*(?:[ \t]+[\p{L}\p{M}\p{N}.'’_&-]+){0,3}(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*(?::(?=\s|$)|：)\s*)"),
        kUnicode);
    return re;
}

}  // namespace

SpeakerLabels::SpeakerLabels(const QString& customPattern)
{
    if (customPattern.isEmpty())
        return;
    QRegularExpression re(customPattern.startsWith(QLatin1Char('^')) ? customPattern : QLatin1Char('^') + customPattern, kUnicode);
    if (!re.isValid())
        throw Error(QStringLiteral("--speaker-pattern \"%1\": %2").arg(customPattern, re.errorString()));
    if (!re.namedCaptureGroups().contains(QStringLiteral("speaker")))
        throw Error(QStringLiteral("--speaker-pattern \"%1\": needs a named group (?<speaker>…) for the label").arg(customPattern));
    m_custom = re;
}

std::optional<qint64> SpeakerLabels::parseTimestamp(const QString& text)
{
    QString t = text.trimmed();
    const bool negative = t.startsWith(QLatin1Char('-'));
    if (negative)
        t.remove(0, 1);
    qint64 fraction = 0;
    // A character search, not a QRegularExpression built (and JIT-compiled) on every call: transcripts with a time
    // on each line spent most of their import here (and the txt fuzz target ran 3 inputs a second).
    const auto separator = std::find_if(t.cbegin(), t.cend(), [](QChar c) { return c == u'.' || c == u','; });
    const qsizetype dot = separator == t.cend() ? -1 : separator - t.cbegin();
    if (dot >= 0) {
        const QString digits = t.mid(dot + 1).left(3).leftJustified(3, QLatin1Char('0'));
        fraction = digits.toLongLong();
        t.truncate(dot);
    }
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    static constexpr qint64 kUnits[] = {86400, 3600, 60, 1};  // days, hours, minutes, seconds
    qint64 seconds = 0;
    const qsizetype offset = 4 - parts.size();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const qint64 v = parts[i].toLongLong(&ok);
        if (!ok || v < 0)
            return std::nullopt;
        seconds += v * kUnits[offset + i];
    }
    const qint64 ms = seconds * 1000 + fraction;
    return negative ? -ms : ms;
}

LineLabel SpeakerLabels::parse(const QString& line, bool withSpeaker) const
{
    LineLabel result;
    QString rest = line;
    auto takeTimestamp = [&] {
        const auto m = timestampPrefix().match(rest);
        if (m.hasMatch()) {
            if (const auto ms = parseTimestamp(m.captured(1))) {
                if (!result.timeMs)
                    result.timeMs = ms;
                rest = rest.mid(m.capturedEnd(0));
            }
        }
    };
    takeTimestamp();
    if (!withSpeaker) {
    } else if (m_custom) {
        const auto m = m_custom->match(rest);
        if (m.hasMatch() && !m.captured(QStringLiteral("speaker")).trimmed().isEmpty()) {
            result.speaker = m.captured(QStringLiteral("speaker")).trimmed();
            rest = rest.mid(m.capturedEnd(0)).trimmed();
        }
    } else {
        for (const QRegularExpression* re : {&voiceLabel(), &markdownLabel(), &bracketLabel(), &headerLabel(), &colonLabel()}) {
            const auto m = re->match(rest);
            if (m.hasMatch()) {
                result.speaker = m.captured(1).trimmed();
                rest = rest.mid(m.capturedEnd(0));
                if (re == &voiceLabel())
                    rest.remove(QStringLiteral("</v>"));
                break;
            }
        }
        if (const auto m = labelWithTime().match(result.speaker); m.hasMatch() && !m.captured(1).isEmpty()) {
            if (const auto ms = parseTimestamp(m.captured(2))) {
                result.speaker = m.captured(1);
                if (!result.timeMs)
                    result.timeMs = ms;
            }
        }
    }
    if (!result.speaker.isEmpty())
        takeTimestamp();
    result.rest = rest.trimmed();
    return result;
}

}  // namespace thema
