#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Nests a theme under another (making it a subtheme) or moves it to the top level; undo moves it back. */
class MoveTheme : public StoreCommand {
public:
    /** @p newParentGuid empty: the top level. @p position -1: last among the new siblings. */
    MoveTheme(Session& session, const QString& guid, const QString& newParentGuid, int position = -1);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid, m_newParent, m_oldParent;
    int m_position, m_oldPosition = -1;
};

}  // namespace thema
