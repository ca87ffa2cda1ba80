#include "setmemo.h"

#include "store/projectstore.h"

namespace thema {

SetMemo::SetMemo(Session& session, MemoTarget target, Id targetId, const QString& title, const QString& text,
                 const QString& author)
    : StoreCommand(session, QObject::tr("Edit memo")), m_target(target), m_targetId(targetId), m_title(title),
      m_text(text), m_author(author)
{
}

void SetMemo::apply()
{
    const QList<Memo> existing = store().memosFor(m_target, m_targetId);
    m_before = existing.isEmpty() ? std::nullopt : std::optional<Memo>(existing.first());
    m_created = 0;
    if (m_before && m_text.isEmpty()) {
        store().removeMemo(m_before->id);
    } else if (m_before) {
        store().updateMemo(m_before->id, m_before->title.isEmpty() ? m_title : m_before->title, m_text);
    } else if (!m_text.isEmpty()) {
        Memo m;
        m.target = m_target;
        m.targetId = m_targetId;
        m.title = m_title;
        m.text = m_text;
        m.author = m_author;
        m_created = store().addMemo(m);
    }
}

void SetMemo::revert()
{
    store().transaction([&] {
        if (m_created)
            store().removeMemo(m_created);
        if (!m_before)
            return;
        const QList<Memo> now = store().memosFor(m_target, m_targetId);
        bool present = false;
        for (const Memo& m : now)
            present = present || m.id == m_before->id;
        if (present) {
            store().updateMemo(m_before->id, m_before->title, m_before->text);
        } else {
            Memo m = *m_before;
            store().addMemo(m);
        }
    });
}

}  // namespace thema
