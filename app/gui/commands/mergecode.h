#pragma once

#include "codesnapshot.h"
#include "storecommand.h"

#include <QSet>

namespace thema {

/**
 * Merges one code into another (ProjectStore::mergeCode, which also merges same-named subcodes). Undo restores
 * the merged code and its whole subtree under their ids and guids, gives back their codings (including
 * duplicates the merge dropped), memos and theme links, and removes theme links the merge added to the target.
 */
class MergeCode : public StoreCommand {
public:
    MergeCode(Session& session, Id from, Id into, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    QSet<QPair<Id, Id>> linksOf(const QList<Id>& codes) const;

    Id m_from;
    Id m_into;
    QString m_fromGuid, m_intoGuid;
    CodeSnapshot m_snapshot;
    QSet<QPair<Id, Id>> m_intoLinks;  ///< (theme, code) links of the target's subtree before the merge
};

}  // namespace thema
