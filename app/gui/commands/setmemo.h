#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/**
 * Sets the memo of a code, a source or a participant: the first memo on that target is updated, created when
 * missing, and removed when the new text is empty. Undo restores the old memo under its id.
 */
class SetMemo : public StoreCommand {
public:
    SetMemo(Session& session, MemoTarget target, Id targetId, const QString& title, const QString& text, const QString& author);

protected:
    void apply() override;
    void revert() override;

private:
    MemoTarget m_target;
    Id m_targetId;
    QString m_title;
    QString m_text;
    QString m_author;
    std::optional<Memo> m_before;
    Id m_created = 0;
};

}  // namespace thema
