#include "subtitlecues.h"

#include "cuetext.h"
#include "model/error.h"
#include "subripparser.h"
#include "text/decoder.h"
#include "webvttparser.h"

#include <QFile>
#include <QFileInfo>

namespace thema {

QList<TimedText> readSubtitleCues(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QString text = decodeText(file.readAll(), path).text;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QList<TimedText> result;
    if (suffix == QLatin1String("vtt") || text.startsWith(QLatin1String("WEBVTT"))) {
        for (const Cue& cue : WebVttParser::parse(text).cues) {
            QStringList lines;
            for (const CueSegment& segment : CueText::parseWebVtt(cue.text))
                lines += segment.lines;
            if (!lines.isEmpty())
                result.append({cue.startMs, cue.endMs, lines.join(QLatin1Char(' '))});
        }
    } else if (suffix == QLatin1String("srt")) {
        for (const Cue& cue : SubRipParser::parse(text, path)) {
            const QStringList lines = CueText::parseSubRip(cue.text);
            if (!lines.isEmpty())
                result.append({cue.startMs, cue.endMs, lines.join(QLatin1Char(' '))});
        }
    } else {
        throw Error(QStringLiteral("%1: not a subtitle file (align to a WebVTT .vtt or SubRip .srt file)").arg(path));
    }
    if (result.isEmpty())
        throw Error(QStringLiteral("%1: the file has no timed text to align to").arg(path));
    return result;
}

}  // namespace thema
