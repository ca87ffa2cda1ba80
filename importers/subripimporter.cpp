#include "subripimporter.h"

#include "cuetext.h"
#include "cueturns.h"
#include "model/error.h"
#include "speakerlabels.h"
#include "subripparser.h"
#include "text/decoder.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace thema {

int SubRipImporter::sniff(const QByteArray& head, const QString&) const
{
    QString text;
    const auto bom = QStringConverter::encodingForData(head);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        text = decoder.decode(head.left(512));
    } else {
        text = QString::fromUtf8(head.left(256));
    }
    QStringList lines = normalizeLineEndings(text).split(QLatin1Char('\n'));
    lines.removeIf([](const QString& l) { return l.trimmed().isEmpty(); });
    if (lines.isEmpty())
        return 0;
    QString first = lines.first().trimmed();
    if (first.startsWith(QChar(0xFEFF)))
        first.remove(0, 1);
    bool number = !first.isEmpty() && first.size() <= 9;
    for (const QChar c : first)
        number = number && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (number && lines.size() > 1 && lines.at(1).contains(QLatin1Char(',')) && SubRipParser::parseTiming(lines.at(1)))
        return 90;
    if (first.contains(QLatin1Char(',')) && SubRipParser::parseTiming(first))
        return 80;
    return 0;
}

SourceDraft SubRipImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const DecodedText decoded = decodeText(bytes, fileName);
    const QList<Cue> cues = SubRipParser::parse(decoded.text, fileName);
    if (cues.isEmpty())
        throw Error(QStringLiteral("%1: the SubRip file contains no captions").arg(fileName));

    const QString shortName = QFileInfo(fileName).fileName();
    SourceDraft draft;
    if (decoded.encoding != QLatin1String("UTF-8"))
        draft.warnings.append(QStringLiteral("%1: decoded as %2").arg(shortName, decoded.encoding));
    QList<CueUtterance> utterances;
    QStringList empty;
    qsizetype zeroLength = 0;
    for (const Cue& cue : cues) {
        const QStringList lines = CueText::parseSubRip(cue.text);
        if (lines.isEmpty()) {
            empty.append(cue.id.isEmpty() ? QStringLiteral("at line %1").arg(cue.line) : cue.id);
            continue;
        }
        if (cue.endMs <= cue.startMs)
            ++zeroLength;
        utterances.append({std::nullopt, lines, cue.startMs, cue.endMs});
    }
    if (utterances.isEmpty())
        throw Error(QStringLiteral("%1: the SubRip file's %2 cues contain no text").arg(fileName).arg(cues.size()));
    if (!empty.isEmpty()) {
        const QString which = empty.size() > 5 ? empty.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                               : empty.join(QStringLiteral(", "));
        draft.warnings.append(QStringLiteral("%1: skipped %2 cues without text (%3)").arg(shortName).arg(empty.size()).arg(which));
    }
    if (zeroLength > 0)
        draft.warnings.append(QStringLiteral("%1: kept %2 cues whose end is not after their start (players do not show them)")
                                  .arg(shortName).arg(zeroLength));
    CueTurns::build(CueTurns::detectLabels(utterances, SpeakerLabels(options.speakerPattern)), draft);
    draft.format = format();
    return draft;
}

}  // namespace thema
