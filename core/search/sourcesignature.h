#pragma once

#include "model/entities.h"

#include <QHash>
#include <QList>

namespace thema {

class ProjectStore;

/** A source as the index sees it: its turns and the participants they map to, read without the text. */
struct IndexedSource {
    Source source;
    QList<Turn> turns;
    QByteArray signature;  ///< hex SHA-1 over everything indexed from the source except its text (its checksum stands in)
};

/**
 * What the index would hold for every source of the project, keyed by source GUID. A source's signature changes
 * when its text, name, language or turns change, or when a participant its turns map to is renamed, marked as
 * interviewer, or gets an attribute changed; so attribute edits make the index stale too.
 */
struct ProjectSnapshot {
    QString projectGuid;
    QString language;
    QHash<QString, IndexedSource> sources;
    QHash<Id, Participant> participants;

    static ProjectSnapshot read(const ProjectStore& store);
};

}  // namespace thema
