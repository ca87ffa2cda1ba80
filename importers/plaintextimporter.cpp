#include "plaintextimporter.h"

#include "speakerlabels.h"
#include "speakernamelines.h"
#include "text/decoder.h"
#include "turnbuilder.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

// Hands the memory of released lines back to the system now and then: glibc keeps freed small blocks in its heap,
// so without this a big import would hold all its lines and all its text at once (issue 19).
class LineReleaser {
public:
    void released(qsizetype utf16Units)
    {
        m_pending += utf16Units * qsizetype(sizeof(QChar));
        if (m_pending < kStep)
            return;
        m_pending = 0;
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    }

private:
    static constexpr qsizetype kStep = qsizetype(32) << 20;
    qsizetype m_pending = 0;
};

// QString::split('\n') for a text nobody else holds, giving its memory back as it goes: lines are cut from the end
// and the text is shrunk in place every 16 MiB, so a big file's text and its lines are not in memory whole at once.
QStringList splitReleasing(QString text)
{
    QStringList lines;
    qsizetype end = text.size();
    qsizetype shrunkAt = end;
    for (;;) {
        const qsizetype newline = end > 0 ? text.lastIndexOf(QLatin1Char('\n'), end - 1) : -1;
        lines.append(text.mid(newline + 1, end - newline - 1));
        if (newline < 0)
            break;
        end = newline;
        if (shrunkAt - end > (qsizetype(16) << 20)) {
            text.truncate(end);
            text.squeeze();  // a large block shrinks in place (mremap)
            shrunkAt = end;
        }
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
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
    DecodedText decoded = decodeText(bytes, fileName);
    // The decoded text goes as soon as it is split into lines (at the end of this statement, not of the next): it is
    // as large again as the lines (issue 19).
    QStringList lines = splitReleasing(std::exchange(decoded.text, QString()));
    SourceDraft draft = readLines(std::move(lines), isMarkdownName(fileName), options);
    draft.format = draft.format.isEmpty() ? format() : draft.format;
    if (decoded.encoding != QLatin1String("UTF-8"))
        draft.warnings.append(QStringLiteral("%1: decoded as %2").arg(QFileInfo(fileName).fileName(), decoded.encoding));
    return draft;
}

SourceDraft PlainTextImporter::readText(const QString& text, bool markdown, const ImportOptions& options)
{
    return readLines(text.split(QLatin1Char('\n')), markdown, options);
}

SourceDraft PlainTextImporter::readLines(QStringList lines, bool markdown, const ImportOptions& options)
{
    const SpeakerLabels labels(options.speakerPattern);
    lines.removeIf([](const QString& l) { return isMetadataLine(l); });

    // The first pass only counts labels; the second parses each line again rather than keep every parsed line
    // (a copy of the whole text) in memory between the two.
    qsizetype labelled = 0, paragraphStarts = 0, textLength = 0;
    bool previousBlank = true;
    for (const QString& line : lines) {
        textLength += line.size() + 2;
        const bool blank = line.trimmed().isEmpty();
        const bool hasLabel = !blank && !labels.parse(line).speaker.isEmpty();
        if (hasLabel)
            ++labelled;
        if (!blank && (previousBlank || hasLabel))
            ++paragraphStarts;
        previousBlank = blank;
    }
    if (!markdown && labelled > 0) {
        static const QRegularExpression bold(QStringLiteral(R"(^\s*\*\*)"));
        markdown = bold.match(lines.value(0)).hasMatch();
    }
    bool hasSpeakers = labels.isCustom() ? labelled > 0 : (labelled >= 2 && labelled * 10 >= paragraphStarts * 3);
    QList<qsizetype> nameLines;  // ascending
    if (!hasSpeakers && !labels.isCustom()) {
        // Names alone on a line above their paragraph; then a "Word:" inside a paragraph is text, not a label.
        nameLines = speakerNameLines(lines);
        hasSpeakers = !nameLines.isEmpty();
    }
    const auto labelOf = [&](qsizetype i, const QString& text) {
        if (!nameLines.isEmpty()) {
            if (std::binary_search(nameLines.cbegin(), nameLines.cend(), i))
                return LineLabel{text.trimmed(), std::nullopt, QString()};
            return labels.parse(text, false);
        }
        return labels.parse(text, hasSpeakers);  // in a file without speakers a "Word:" at a line start is just text
    };

    TurnBuilder builder;
    builder.reserve(textLength);
    std::optional<qint64> pendingTime;
    previousBlank = true;
    LineReleaser releaser;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString current = std::exchange(lines[i], QString());  // gone after this turn of the loop
        releaser.released(current.size());
        const bool blank = current.trimmed().isEmpty();
        if (blank) {
            previousBlank = true;
            continue;
        }
        const LineLabel label = labelOf(i, current);
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
