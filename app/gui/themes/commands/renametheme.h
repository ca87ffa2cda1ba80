#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Renames a theme; undo gives the old name back. */
class RenameTheme : public StoreCommand {
public:
    RenameTheme(Session& session, const QString& guid, const QString& oldName, const QString& newName, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid, m_old, m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

}  // namespace thema
