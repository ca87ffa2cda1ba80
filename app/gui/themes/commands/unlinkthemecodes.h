#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Takes codes out of a theme; undo puts them back. */
class UnlinkThemeCodes : public StoreCommand {
public:
    UnlinkThemeCodes(Session& session, const QString& themeGuid, const QList<Id>& codes);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_theme;
    QStringList m_codes;    ///< code GUIDs (see StoreCommand)
    QStringList m_removed;
};

}  // namespace thema
