#pragma once

#include "model/sourcedraft.h"

namespace thema {

class ProjectStore;

/**
 * Sets SourceDraft::speakerAttributes (a survey row's other columns) on the participants that the imported
 * source's turns were mapped to. Call right after ImportService::write, inside the same transaction.
 */
void writeSpeakerAttributes(ProjectStore& store, Id source, const SourceDraft& draft);

}  // namespace thema
