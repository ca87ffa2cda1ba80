#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

#include "themes/themesnapshot.h"

namespace thema {

/** Removes a theme with its subthemes; undo puts them back with their codes, exemplars and memos. */
class RemoveTheme : public StoreCommand {
public:
    RemoveTheme(Session& session, const QString& guid, const QString& name);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid;
    ThemeSnapshot m_snapshot;
};

}  // namespace thema
