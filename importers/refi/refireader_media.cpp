// RefiReader: recordings (AudioSource, VideoSource), their Transcripts, SyncPoints and TranscriptSelections.
#include "refireader.h"

#include "model/error.h"
#include "refinodes.h"
#include "store/projectstore.h"
#include "text/decoder.h"
#include "text/offsets.h"

#include <QDir>
#include <QFileInfo>

namespace thema {

using namespace refinodes;

namespace {

QString plural(qint64 n, const QString& one, const QString& many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

bool startsWith(const QString& s, const char* scheme) { return s.startsWith(QLatin1String(scheme), Qt::CaseInsensitive); }

}  // namespace

QString RefiReader::recordingPath(const QString& raw) const
{
    QString path = raw.trimmed();
    if (path.isEmpty() || startsWith(path, "internal://"))
        return path;  // inside the package: unpacked beside the project after the merge (refi::unpackRecordings)
    if (startsWith(path, "absolute://"))
        return QDir::cleanPath(path.mid(11));  // "absolute:///home/x.mp3" → "/home/x.mp3"; "absolute://C:/x.mp3" → "C:/x.mp3"
    if (startsWith(path, "file://"))
        return QDir::cleanPath(path.mid(7));
    QString relative = startsWith(path, "relative://") ? path.mid(11) : path;
    if (!startsWith(path, "relative://") && QDir::isAbsolutePath(relative))
        return QDir::cleanPath(relative);
    while (relative.startsWith(QLatin1Char('/')) || relative.startsWith(QLatin1Char('\\')))
        relative.remove(0, 1);
    relative.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // relative:// counts from the Project's basePath; where that folder is not on this machine (another user's
    // disk, ATLAS.ti's "//PROJECT/Sources"), from the folder of the exchange file, where a colleague puts both.
    QStringList bases;
    if (!m_basePath.isEmpty() && QDir(m_basePath).exists())
        bases.append(m_basePath);
    bases.append(m_package.folder());
    for (const QString& base : std::as_const(bases))
        if (QFileInfo(QDir(base).filePath(relative)).isFile())
            return QDir::cleanPath(QDir(base).filePath(relative));
    return QDir::cleanPath(QDir(bases.first()).filePath(relative));  // missing: linked all the same, named as missing
}

Id RefiReader::sourceWithTextOf(const pugi::xml_node& transcript)
{
    QString text = normalizeLineEndings(refinodes::text(child(transcript, "PlainTextContent")));
    if (text.isEmpty()) {
        const auto bytes = m_package.file(attr(transcript, "plainTextPath"));
        if (!bytes)
            return 0;
        try {
            text = decodeText(*bytes, attr(transcript, "plainTextPath")).text;
        } catch (const Error&) {
            return 0;
        }
    }
    // QualCoder writes a transcript's text a second time as a TextSource of its own: that source is the transcript.
    for (const Id id : std::as_const(m_sources))
        if (const auto s = m_store.source(id); s && s->characters == text.size() && m_store.sourceText(id) == text)
            return id;
    return 0;
}

int RefiReader::syncTurns(const pugi::xml_node& transcript, Id source)
{
    // A sync point at a turn's start (in code points or UTF-16 units, whichever the file counts) times that turn.
    const TextOffsets offsets(m_store.sourceText(source));
    const QList<Turn> turns = m_store.turns(source);
    int synced = 0;
    each(transcript, "SyncPoint", [&](const pugi::xml_node& sync) {
        bool okTime = false, okPos = false;
        const qint64 ms = attr(sync, "timeStamp").toLongLong(&okTime);
        const qint64 pos = attr(sync, "position").toLongLong(&okPos);
        if (!okTime || !okPos || ms < 0)
            return;
        for (const Turn& t : turns)
            if (t.span.start == pos || offsets.toUtf16(t.span.start) == pos) {
                m_store.setTurnBegin(t.id, ms);
                ++synced;
                break;
            }
    });
    return synced;
}

bool RefiReader::readRecording(const pugi::xml_node& node)
{
    QList<pugi::xml_node> transcripts;
    each(node, "Transcript", [&](const pugi::xml_node& t) { transcripts.append(t); });
    if (transcripts.isEmpty())
        return false;
    const QString kind = is(node, "VideoSource") ? QStringLiteral("video") : QStringLiteral("audio");
    const QString path = recordingPath(attr(node, "path"));
    int transcribed = 0;
    for (int i = 0; i < transcripts.size(); ++i) {
        const pugi::xml_node& transcript = transcripts[i];
        count();
        const QString textPath = attr(transcript, "plainTextPath");
        Id source = textPath.isEmpty() ? 0 : m_sourceByTextPath.value(textPath);
        if (!source)
            source = sourceWithTextOf(transcript);
        if (source) {
            // The transcript's text was read as a TextSource: its TranscriptSelections code that source.
            const QString text = m_store.sourceText(source);
            readSelections(transcript, *m_store.source(source), text, {});
        } else {
            source = readTextSource(transcript);  // the Transcript's own text becomes the source (NVivo, QualCoder)
        }
        if (!source)
            continue;  // readTextSource said why
        ++transcribed;
        if (!path.isEmpty()) {
            SourceMedia media;
            media.source = source;
            media.guid = takeGuid(i == 0 ? attr(node, "guid") : QString());
            media.kind = kind;
            media.path = path;
            m_store.setSourceMedia(media);
        }
        const int synced = syncTurns(transcript, source);
        m_report.imported.append(QStringLiteral("the %1 recording of \"%2\" (%3), %4")
                                     .arg(kind, m_store.source(source)->name,
                                          path.isEmpty() ? QStringLiteral("no file named") : path,
                                          plural(synced, QStringLiteral("timed turn"), QStringLiteral("timed turns"))));
    }
    if (!transcribed)
        m_report.notImported.append(QStringLiteral("%1 source \"%2\": none of its %3 could be read, and Thema codes a recording through its transcript")
                                        .arg(kind == QLatin1String("video") ? QStringLiteral("Video") : QStringLiteral("Audio"), attr(node, "name"),
                                             plural(transcripts.size(), QStringLiteral("transcript"), QStringLiteral("transcripts"))));
    // Selections of the recording itself (time ranges) have no text to code in Thema.
    const int selections = countOf(node, "AudioSelection") + countOf(node, "VideoSelection");
    int codings = countOf(node, "Coding");
    each(node, "AudioSelection", [&](const pugi::xml_node& s) { codings += countOf(s, "Coding"); });
    each(node, "VideoSelection", [&](const pugi::xml_node& s) { codings += countOf(s, "Coding"); });
    if (selections || codings)
        m_report.notImported.append(QStringLiteral("%1 of the %2 \"%3\" with %4 (Thema codes its transcript, not time ranges)")
                                        .arg(plural(selections, QStringLiteral("time selection"), QStringLiteral("time selections")),
                                             kind, attr(node, "name"),
                                             plural(codings, QStringLiteral("coding"), QStringLiteral("codings"))));
    return true;
}

}  // namespace thema
