#pragma once

#include "model/entities.h"

namespace thema {

class ProjectStore;

/**
 * Theme commands name themes by GUID, not row id: an undone removal or merge puts a theme back with its old GUID
 * under a new row id, and the commands further up the undo stack must still find it.
 */
namespace themeref {

/** The row id of the theme with @p guid; 0 when there is none (or @p guid is empty). */
Id idOf(const ProjectStore& store, const QString& guid);
/** Like idOf, but throws thema::Error naming the missing theme. */
Id require(const ProjectStore& store, const QString& guid);
/** The GUID of theme @p id; empty for 0 or a missing theme. */
QString guidOf(const ProjectStore& store, Id id);

}  // namespace themeref
}  // namespace thema
