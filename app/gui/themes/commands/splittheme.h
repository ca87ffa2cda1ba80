#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Splits a theme by thema::splitTheme: a new sibling theme named @p newName takes @p codes out of it (with the
 * exemplars whose coding has one of those codes). Undo gives the codes and exemplars back and removes the new theme.
 */
class SplitTheme : public StoreCommand {
public:
    SplitTheme(Session& session, const QString& guid, const QString& name, const QString& newName, const QList<Id>& codes);
    QString newGuid() const { return m_newGuid; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_guid, m_newGuid, m_newName;
    QList<Id> m_codes, m_movedExemplars;
};

}  // namespace thema
