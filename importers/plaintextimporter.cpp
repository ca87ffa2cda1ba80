#include "plaintextimporter.h"

#include "speakerlabels.h"
#include "speakernamelines.h"
#include "text/decoder.h"
#include "turnbuilder.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace thema {
namespace {

bool isMarkdownName(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    return ext == QLatin1String("md") || ext == QLatin1String("markdown");
}

QString unescapeMarkdown(const QString& line)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!<>|]))"));
    QString out = line;
    out.replace(escape, QStringLiteral("\\1"));
    return out;
}

// Spacelog metadata lines such as "_page : 8" or "_tape : Tape 1/1" describe the archive, not speech.
bool isMetadataLine(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(R"(^_[A-Za-z]+\s*:)"));
    return re.match(line).hasMatch();
}

}  // namespace

QStringList PlainTextImporter::extensions() const
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown")};
}

int PlainTextImporter::sniff(const QByteArray&, const QString&) const
{
    return 0;  // text has no signature; chosen by extension or as the fallback
}

SourceDraft PlainTextImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const DecodedText decoded = decodeText(bytes, fileName);
    SourceDraft draft = readText(decoded.text, isMarkdownName(fileName), options);
    draft.format = draft.format.isEmpty() ? format() : draft.format;
    if (decoded.encoding != QLatin1String("UTF-8"))
        draft.warnings.append(QStringLiteral("%1: decoded as %2").arg(QFileInfo(fileName).fileName(), decoded.encoding));
    return draft;
}

SourceDraft PlainTextImporter::readText(const QString& text, bool markdown, const ImportOptions& options)
{
    const SpeakerLabels labels(options.speakerPattern);
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& l) { return isMetadataLine(l); });

    QList<LineLabel> parsed;
    parsed.reserve(lines.size());
    qsizetype labelled = 0, paragraphStarts = 0;
    bool previousBlank = true;
    for (const QString& line : lines) {
        const bool blank = line.trimmed().isEmpty();
        parsed.append(blank ? LineLabel{} : labels.parse(line));
        if (!parsed.last().speaker.isEmpty())
            ++labelled;
        if (!blank && (previousBlank || !parsed.last().speaker.isEmpty()))
            ++paragraphStarts;
        previousBlank = blank;
    }
    if (!markdown && labelled > 0) {
        static const QRegularExpression bold(QStringLiteral(R"(^\s*\*\*)"));
        markdown = bold.match(lines.value(0)).hasMatch();
    }
    bool hasSpeakers = labels.isCustom() ? labelled > 0 : (labelled >= 2 && labelled * 10 >= paragraphStarts * 3);
    if (!hasSpeakers && !labels.isCustom()) {
        // Names alone on a line above their paragraph; then a "Word:" inside a paragraph is text, not a label.
        const QList<qsizetype> nameLines = speakerNameLines(lines);
        for (qsizetype i = 0; i < lines.size() && !nameLines.isEmpty(); ++i)
            if (!lines[i].trimmed().isEmpty())
                parsed[i] = labels.parse(lines[i], false);
        for (const qsizetype i : nameLines)
            parsed[i] = LineLabel{lines[i].trimmed(), std::nullopt, QString()};
        hasSpeakers = !nameLines.isEmpty();
    }

    TurnBuilder builder;
    std::optional<qint64> pendingTime;
    previousBlank = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool blank = lines[i].trimmed().isEmpty();
        if (blank) {
            previousBlank = true;
            continue;
        }
        // In a file without speakers a "Word:" at a line start is just text.
        const LineLabel label = hasSpeakers ? parsed[i] : labels.parse(lines[i], false);
        const QString line = markdown ? unescapeMarkdown(label.rest) : label.rest;
        if (line.isEmpty() && label.speaker.isEmpty()) {
            // A timestamp alone on its line dates the turn that follows.
            if (label.timeMs)
                pendingTime = label.timeMs;
            continue;
        }
        const std::optional<qint64> time = label.timeMs ? label.timeMs : pendingTime;
        if (hasSpeakers && !label.speaker.isEmpty()) {
            builder.startTurn(label.speaker, time);
            pendingTime.reset();
        } else if (!hasSpeakers && (previousBlank || label.timeMs || pendingTime)) {
            // Without speakers each paragraph (or timestamped line) is a turn of its own.
            builder.startTurn(QString(), time);
            pendingTime.reset();
        }
        if (!line.isEmpty())
            builder.addLine(line);
        previousBlank = false;
    }
    SourceDraft draft;
    draft.format = markdown ? QStringLiteral("markdown") : QStringLiteral("txt");
    builder.finish(draft);
    return draft;
}

}  // namespace thema
