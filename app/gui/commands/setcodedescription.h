#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Changes a code's description (definition, when to use, when not, example). Consecutive edits of the same
 * code merge into one undo step, so typing a definition is undone as a whole.
 */
class SetCodeDescription : public StoreCommand {
public:
    SetCodeDescription(Session& session, Id code, const CodeDescription& oldValue, const CodeDescription& newValue,
                       qint64 seen);

    int id() const override { return 7001; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Id m_code;
    QString m_guid;  ///< the code as found when the command was made; undo and redo resolve it
    CodeDescription m_old;
    CodeDescription m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

}  // namespace thema
