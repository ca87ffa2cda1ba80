#include "core/media/mediafiles.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace thema::mediafiles {
namespace {

const QStringList kAudio = {QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("ogg"),
                            QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("flac"), QStringLiteral("aac"),
                            QStringLiteral("wma"), QStringLiteral("aif"), QStringLiteral("aiff")};
const QStringList kVideo = {QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mov"), QStringLiteral("mkv"),
                            QStringLiteral("webm"), QStringLiteral("avi"), QStringLiteral("wmv"), QStringLiteral("mpg"),
                            QStringLiteral("mpeg")};

}  // namespace

QString kindOf(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (kAudio.contains(suffix))
        return QStringLiteral("audio");
    if (kVideo.contains(suffix))
        return QStringLiteral("video");
    return {};
}

QString findBeside(const QString& transcriptPath)
{
    const QFileInfo info(transcriptPath);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    for (const QStringList* list : {&kAudio, &kVideo})
        for (const QString& ext : *list)
            for (const QString& suffix : {ext, ext.toUpper()}) {
                const QFileInfo candidate(dir.filePath(base + QLatin1Char('.') + suffix));
                if (candidate.isFile())
                    return candidate.absoluteFilePath();
            }
    return {};
}

QString findSubtitlesBeside(const QString& transcriptPath)
{
    const QFileInfo info(transcriptPath);
    for (const QString& ext : {QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("VTT"), QStringLiteral("SRT")}) {
        const QFileInfo candidate(info.absoluteDir().filePath(info.completeBaseName() + QLatin1Char('.') + ext));
        if (candidate.isFile() && candidate.absoluteFilePath() != info.absoluteFilePath())
            return candidate.absoluteFilePath();
    }
    return {};
}

QString storedPath(const QString& projectPath, const QString& file)
{
    const QDir projectDir = QFileInfo(projectPath).absoluteDir();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const QString relative = projectDir.relativeFilePath(absolute);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return QDir::cleanPath(absolute);
    return relative;
}

QString resolve(const QString& projectPath, const QString& stored)
{
    if (QDir::isAbsolutePath(stored))
        return stored;
    return QDir::cleanPath(QFileInfo(projectPath).absoluteDir().filePath(stored));
}

SourceMedia describe(const ProjectStore& store, Id source, const QString& file)
{
    if (!QFileInfo(file).isFile())
        throw Error(QStringLiteral("%1: no such file").arg(file));
    SourceMedia media;
    media.source = source;
    media.kind = kindOf(file);
    if (media.kind.isEmpty())
        throw Error(QStringLiteral("%1: not an audio or video file Thema knows (use .wav, .mp3, .m4a, .ogg, .flac, .mp4, "
                                   ".mov, .mkv, .webm, …)").arg(file));
    if (const auto old = store.sourceMedia(source))
        media.guid = old->guid;  // the same recording link keeps its identity for REFI-QDA
    media.path = storedPath(store.path(), file);
    return media;
}

SourceMedia link(ProjectStore& store, Id source, const QString& file)
{
    SourceMedia media = describe(store, source, file);
    store.setSourceMedia(media);
    return media;
}

}  // namespace thema::mediafiles
