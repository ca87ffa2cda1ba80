#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Adds a theme (or a subtheme under @p parentGuid); undo removes it. The new theme's GUID is fixed here. */
class AddTheme : public StoreCommand {
public:
    AddTheme(Session& session, const QString& name, const QString& parentGuid = {}, const QList<Id>& codes = {});
    QString guid() const { return m_guid; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_name, m_parentGuid, m_guid;
    QStringList m_codes;  ///< code GUIDs (see StoreCommand)
};

}  // namespace thema
