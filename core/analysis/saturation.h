#pragma once

#include "model/entities.h"

namespace thema {

class ProjectStore;

/** One source in coding order: how many codes it brought that no earlier source had. */
struct SaturationPoint {
    Id source = 0;
    QString name;
    int newCodes = 0;
    int cumulative = 0;       ///< distinct codes used so far
    QStringList newCodePaths; ///< the codes first used in this source ("Parent/Child"), in the order they were applied
};

/**
 * Code saturation: sources in the order they were coded (by their first coding's time, then its id), each with
 * the codes first used in it and the running total. @p coders empty: every coder's codings. Sources never coded
 * are left out. What the Charts tab draws and `thema-cli export saturation` writes.
 */
QList<SaturationPoint> computeSaturation(const ProjectStore& store, const QList<Id>& coders = {});

}  // namespace thema
