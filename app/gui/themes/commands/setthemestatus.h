#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Sets a theme's status (candidate, reviewed, final); undo restores the old one. */
class SetThemeStatus : public StoreCommand {
public:
    SetThemeStatus(Session& session, const QString& guid, ThemeStatus oldStatus, ThemeStatus newStatus, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid;
    ThemeStatus m_old, m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

}  // namespace thema
