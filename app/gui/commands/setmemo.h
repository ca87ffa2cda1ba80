#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Sets the memo of a code, a source or a participant: the first memo on that target is updated, created when
 * missing, and removed when the new text is empty. Undo restores the old memo (same GUID).
 *
 * The target and the memos are named by GUID: when another program removed the target (and another entity may have
 * taken its row id) or the memo this step wrote, undo and redo refuse with a message instead of editing another's.
 */
class SetMemo : public StoreCommand {
public:
    SetMemo(Session& session, MemoTarget target, Id targetId, const QString& title, const QString& text, const QString& author);

protected:
    void apply() override;
    void revert() override;

private:
    /** The target's row id now; throws when it is gone. */
    Id liveTarget() const;
    std::optional<Memo> memoByGuid(Id target, const QString& guid) const;

    MemoTarget m_target;
    Id m_targetId;
    QString m_targetGuid;
    QString m_title;
    QString m_text;
    QString m_author;
    std::optional<Memo> m_before;
    QString m_created;  ///< GUID of the memo apply() made, if it made one
};

}  // namespace thema
