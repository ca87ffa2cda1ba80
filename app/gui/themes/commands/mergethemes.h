#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"
#include "store/themeedits.h"

#include "themes/themesnapshot.h"

namespace thema {

/**
 * Merges theme @c from into theme @c into by thema::mergeThemes (the rules live there); undo reverses every step.
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
    ThemeMerge m_merge;          ///< what the merge changed in into
};

}  // namespace thema
