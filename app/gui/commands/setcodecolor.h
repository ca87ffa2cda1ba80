#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Changes a code's colour ("#rrggbb"). */
class SetCodeColor : public StoreCommand {
public:
    SetCodeColor(Session& session, Id code, const QString& oldColor, const QString& newColor, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_code;
    QString m_guid;  ///< the code as found when the command was made; undo and redo resolve it
    QString m_old;
    QString m_new;
    qint64 m_seen;  ///< the code's version the user saw
};

}  // namespace thema
