#pragma once

#include "model/entities.h"

#include <QString>

namespace thema {

class ProjectStore;

/** Where recordings live and how a source finds its own. */
namespace mediafiles {

/** "audio" or "video" for a file name with a recording's extension (.wav, .mp3, .mp4, …); empty otherwise. */
QString kindOf(const QString& fileName);

/**
 * The recording beside a transcript: a file in the same folder with the same base name ("p11.docx" →
 * "p11.mp3") and a recording's extension, audio before video, then by extension; empty when there is none.
 */
QString findBeside(const QString& transcriptPath);

/**
 * The subtitles of the same interview beside an untimed transcript: "p11.docx" → "p11.vtt" or "p11.srt" (never
 * the transcript itself); empty when there are none.
 */
QString findSubtitlesBeside(const QString& transcriptPath);

/** @p file as stored for the project at @p projectPath: relative to the project's folder when below it, else absolute. */
QString storedPath(const QString& projectPath, const QString& file);

/** The absolute path of a stored recording path (see storedPath). */
QString resolve(const QString& projectPath, const QString& stored);

/**
 * The link @p file would make for @p source (kind, stored path, the guid of the link it replaces), without storing
 * it. Refuses a file that does not exist or whose extension is not a recording's, naming it.
 */
SourceMedia describe(const ProjectStore& store, Id source, const QString& file);

/**
 * Links @p file to source @p source as its recording, replacing any link it had. Refuses a file that does not
 * exist or whose extension is not a recording's, naming it. Returns the link as stored.
 */
SourceMedia link(ProjectStore& store, Id source, const QString& file);

}  // namespace mediafiles
}  // namespace thema
