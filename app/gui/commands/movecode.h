#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Moves a code under another parent (0: top level) at a sibling position (-1: last). */
class MoveCode : public StoreCommand {
public:
    MoveCode(Session& session, Id code, Id newParent, int position, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_code;
    QString m_guid;
    Id m_newParent;
    int m_position;
    Id m_oldParent = 0;
    int m_oldPosition = -1;
};

}  // namespace thema
