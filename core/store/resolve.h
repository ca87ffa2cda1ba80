#pragma once

#include "model/entities.h"

namespace thema {

class ProjectStore;

/**
 * Finds entities the way users name them on the command line and in scripts: by row id or by name
 * (codes and themes by path, "Parent/Child"). Throws thema::Error naming what was not found.
 */
namespace resolve {

Source source(const ProjectStore& store, const QString& idOrName);
Code code(const ProjectStore& store, const QString& idOrPath);
Coder coder(const ProjectStore& store, const QString& idOrName);
Theme theme(const ProjectStore& store, const QString& idOrPath);
Participant participant(const ProjectStore& store, const QString& idOrName);

}  // namespace resolve
}  // namespace thema
