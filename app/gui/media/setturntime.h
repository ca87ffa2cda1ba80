#pragma once

#include "commands/storecommand.h"

#include <optional>

namespace thema {

/** Sets (or clears) when a turn begins in its source's recording. */
class SetTurnTime : public StoreCommand {
public:
    SetTurnTime(Session& session, const Turn& turn, std::optional<qint64> beginMs);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_turn;
    Id m_source;
    QString m_sourceGuid;
    std::optional<qint64> m_old;
    std::optional<qint64> m_new;
};

}  // namespace thema
