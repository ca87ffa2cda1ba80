#pragma once

#include "core/media/turnalign.h"

namespace thema {

/**
 * The cues of a WebVTT (.vtt) or SubRip (.srt) file as plain timed text (markup and voice tags removed), one per
 * cue in file order, for aligning an untimed transcript to them. Throws Error naming the file when it cannot be
 * read, is neither format, or has no cue with text.
 */
QList<TimedText> readSubtitleCues(const QString& path);

}  // namespace thema
