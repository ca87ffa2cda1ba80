#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Sets a theme's definition; undo puts the old text back. */
class SetThemeDefinition : public StoreCommand {
public:
    SetThemeDefinition(Session& session, const QString& guid, const QString& oldText, const QString& newText, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid, m_old, m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

}  // namespace thema
