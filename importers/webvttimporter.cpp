#include "webvttimporter.h"

#include "cuetext.h"
#include "cueturns.h"
#include "model/error.h"
#include "speakerlabels.h"
#include "text/decoder.h"
#include "webvttparser.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace thema {
namespace {

QString shortened(const QString& line)
{
    return line.size() > 80 ? line.left(77) + QStringLiteral("...") : line;
}

}  // namespace

QStringList WebVttImporter::extensions() const
{
    return {QStringLiteral("vtt"), QStringLiteral("webvtt")};
}

int WebVttImporter::sniff(const QByteArray& head, const QString&) const
{
    QString text;
    const auto bom = QStringConverter::encodingForData(head);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        text = decoder.decode(head.left(64));
    } else {
        text = QString::fromUtf8(head.left(16));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!text.startsWith(QLatin1String("WEBVTT")))
        return 0;
    const QChar next = text.size() > 6 ? text.at(6) : QChar();
    const bool ends = next.isNull() || next == QLatin1Char(' ') || next == QLatin1Char('\t') || next == QLatin1Char('\n') ||
                      next == QLatin1Char('\r');
    return ends ? 100 : 0;
}

QString WebVttImporter::decode(const QByteArray& bytes, const QString& fileName, QStringList& warnings)
{
    if (bytes.isEmpty())
        throw Error(QStringLiteral("%1: the file is empty").arg(fileName));
    const QString shortName = QFileInfo(fileName).fileName();
    const auto bom = QStringConverter::encodingForData(bytes);
    QString text;
    if (bom && *bom != QStringConverter::Utf8) {
        const DecodedText decoded = decodeText(bytes, fileName);
        warnings.append(QStringLiteral("%1: decoded as %2 (WebVTT files should be UTF-8)").arg(shortName, decoded.encoding));
        text = decoded.text;
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            try {
                const DecodedText decoded = decodeText(bytes, fileName);
                warnings.append(QStringLiteral("%1: not UTF-8; decoded as %2").arg(shortName, decoded.encoding));
                text = decoded.text;
            } catch (const Error&) {
                warnings.append(QStringLiteral("%1: bytes that are not UTF-8 were replaced by U+FFFD").arg(shortName));
            }
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (const qsizetype nuls = text.count(QChar(0)); nuls > 0) {
        text.replace(QChar(0), QChar(0xFFFD));
        warnings.append(QStringLiteral("%1: %2 NUL characters were replaced by U+FFFD").arg(shortName).arg(nuls));
    }
    return normalizeLineEndings(text);
}

SourceDraft WebVttImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    SourceDraft draft;
    const QString text = decode(bytes, fileName, draft.warnings);
    const WebVttDocument doc = WebVttParser::parse(text);
    if (!doc.signature)
        throw Error(QStringLiteral("%1: not a WebVTT file: it must start with a line \"WEBVTT\"").arg(fileName));
    if (!doc.badTimings.isEmpty()) {
        const BadCueTiming& bad = doc.badTimings.first();
        QString more;
        if (doc.badTimings.size() > 1)
            more = QStringLiteral(" (and %1 more cues)").arg(doc.badTimings.size() - 1);
        throw Error(QStringLiteral("%1: line %2: cannot read the cue timing \"%3\" (expected \"hh:mm:ss.ttt --> hh:mm:ss.ttt\")%4; "
                                   "correct or remove that cue, or its text would be lost")
                        .arg(fileName).arg(bad.line).arg(shortened(bad.timing), more));
    }
    if (doc.cues.isEmpty())
        throw Error(QStringLiteral("%1: the WebVTT file contains no captions").arg(fileName));

    QList<CueUtterance> utterances;
    bool voices = false;
    qsizetype empty = 0, reversed = 0;
    for (const Cue& cue : doc.cues) {
        const QList<CueSegment> segments = CueText::parseWebVtt(cue.text);
        if (segments.isEmpty()) {
            ++empty;
            continue;
        }
        if (cue.endMs <= cue.startMs)
            ++reversed;
        for (const CueSegment& s : segments) {
            voices = voices || s.voice.has_value();
            utterances.append({s.voice, s.lines, cue.startMs, cue.endMs});
        }
    }
    if (utterances.isEmpty())
        throw Error(QStringLiteral("%1: the WebVTT file's %2 cues contain no text").arg(fileName).arg(doc.cues.size()));
    if (!voices)
        utterances = CueTurns::detectLabels(utterances, SpeakerLabels(options.speakerPattern));
    const QString shortName = QFileInfo(fileName).fileName();
    if (empty > 0)
        draft.warnings.append(QStringLiteral("%1: skipped %2 cues without text").arg(shortName).arg(empty));
    if (reversed > 0)
        draft.warnings.append(QStringLiteral("%1: kept %2 cues whose end is not after their start (players do not show them)")
                                  .arg(shortName).arg(reversed));
    CueTurns::build(utterances, draft);
    draft.format = format();
    return draft;
}

}  // namespace thema
