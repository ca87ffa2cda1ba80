#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Uncodes: removes one coding; undo puts it back with its id, guid, memo and timestamps. */
class RemoveCoding : public StoreCommand {
public:
    RemoveCoding(Session& session, Id coding);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_id;
    Coding m_removed;
};

}  // namespace thema
