#pragma once

#include "core/media/turnalign.h"
#include "model/entities.h"

namespace thema {

class ProjectStore;

/** What aligning a source's turns to subtitles did. */
struct AlignReport {
    int turns = 0;  ///< turns of the source
    int timed = 0;  ///< turns that got a time from the subtitles
};

/**
 * Sets the begin time of each turn of @p source that TurnAlign matches in @p cues, as one transaction; turns that
 * match nothing keep the time they had (or none).
 */
AlignReport alignSource(ProjectStore& store, Id source, const QList<TimedText>& cues);

}  // namespace thema
