#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Puts codes into a theme, optionally taking them out of another (a card dragged from one column to another).
 * Only links that actually change are undone: a code already in the target stays there on undo.
 */
class LinkThemeCodes : public StoreCommand {
public:
    LinkThemeCodes(Session& session, const QString& themeGuid, const QList<Id>& codes, const QString& fromGuid = {});

protected:
    void apply() override;
    void revert() override;

private:
    QString m_theme, m_from;
    QStringList m_codes;    ///< code GUIDs (see StoreCommand)
    QStringList m_added;    ///< codes that were not in the target before
    QStringList m_removed;  ///< codes taken out of the origin
};

}  // namespace thema
