#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Sets the memo written on one coding (empty clears it). */
class SetCodingMemo : public StoreCommand {
public:
    SetCodingMemo(Session& session, Id coding, const QString& oldMemo, const QString& newMemo);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_coding;
    QString m_old;
    QString m_new;
};

}  // namespace thema
