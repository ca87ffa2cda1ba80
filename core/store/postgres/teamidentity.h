#pragma once

#include "store/postgres/teamlayer.h"

#include <QString>

namespace thema {
class ProjectStore;
}

namespace thema::team {

/** Who this connection is in its team project, as the server sees it (the roles and blind mode it enforces). */
struct Identity {
    QString login;          ///< the PostgreSQL login
    Role role = Role::Reader;
    QString coder;          ///< the coder the member's codings are written as
    bool blind = false;     ///< the project is in blind mode
};

/** Asks the server who the store's connection is. Throws thema::Error for a file project or a failed query. */
Identity whoAmI(const ProjectStore& store);

/**
 * One line for a status bar: "you are sam (coder, blind), coding as Sam"; a reader codes nothing ("you are rita
 * (reader)"); "blind" only for a coder of a project in blind mode (owners and readers see every coding).
 */
QString describe(const Identity& identity);

}  // namespace thema::team
