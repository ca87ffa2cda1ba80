#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

#include "themes/themesnapshot.h"

namespace thema {

/**
 * Merges theme @c from into theme @c into: @c into gains from's codes, exemplars and subthemes, and from's
 * definition is appended to its own when it differs; then @c from is removed. Undo reverses every step.
 */
class MergeThemes : public StoreCommand {
public:
    MergeThemes(Session& session, const QString& fromGuid, const QString& intoGuid, const QString& fromName, const QString& intoName);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_from, m_into;
    ThemeSnapshot m_snapshot;    ///< from, without its subthemes
    QList<Id> m_addedCodes, m_addedExemplars;
    QStringList m_movedChildren;  ///< guids of from's subthemes, moved under into
    QString m_oldDefinition;
};

}  // namespace thema
