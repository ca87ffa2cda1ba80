#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Codes a span: adds one coding; undo removes it, redo puts it back under the same id and guid. */
class AddCoding : public StoreCommand {
public:
    AddCoding(Session& session, const Coding& coding, const QString& codeName);
    Id codingId() const { return m_coding.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Coding m_coding;
};

}  // namespace thema
