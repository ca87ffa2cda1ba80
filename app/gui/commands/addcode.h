#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Creates a code; undo removes it, redo restores it under the same id, so later commands still find it. */
class AddCode : public StoreCommand {
public:
    AddCode(Session& session, const Code& code);
    Id codeId() const { return m_code.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Code m_code;
};

}  // namespace thema
