#pragma once

#include "codesnapshot.h"
#include "storecommand.h"

namespace thema {

/** Deletes a code with its subcodes and their codings; undo restores all of it under the same ids. */
class RemoveCode : public StoreCommand {
public:
    RemoveCode(Session& session, Id code, const QString& name);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_code;
    QString m_guid;
    CodeSnapshot m_snapshot;
};

}  // namespace thema
