#include "setmemo.h"

#include "themes/themeref.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

SetMemo::SetMemo(Session& session, MemoTarget target, Id targetId, const QString& title, const QString& text,
                 const QString& author)
    : StoreCommand(session, QObject::tr("Edit memo")), m_target(target), m_targetId(targetId), m_title(title),
      m_text(text), m_author(author)
{
    switch (target) {
    case MemoTarget::Project: break;
    case MemoTarget::Source: m_targetGuid = sourceGuid(targetId); break;
    case MemoTarget::Code: m_targetGuid = codeGuid(targetId); break;
    case MemoTarget::Theme: m_targetGuid = themeref::guidOf(store(), targetId); break;
    case MemoTarget::Participant: m_targetGuid = participantGuid(targetId); break;
    case MemoTarget::Coding: {
        const auto c = store().coding(targetId);
        m_targetGuid = c ? c->guid : QString();
        break;
    }
    }
}

Id SetMemo::liveTarget() const
{
    switch (m_target) {
    case MemoTarget::Project: return m_targetId;
    case MemoTarget::Source: return liveSource(m_targetGuid);
    case MemoTarget::Code: return liveCode(m_targetGuid, m_title);
    case MemoTarget::Theme: return themeref::require(store(), m_targetGuid);
    case MemoTarget::Participant: return liveParticipant(m_targetGuid, m_title);
    case MemoTarget::Coding: checkCoding(m_targetId, m_targetGuid); return m_targetId;
    }
    return m_targetId;
}

std::optional<Memo> SetMemo::memoByGuid(Id target, const QString& guid) const
{
    for (const Memo& m : store().memosFor(m_target, target))
        if (m.guid == guid)
            return m;
    return std::nullopt;
}

void SetMemo::apply()
{
    store().transaction([&] {
        const Id target = liveTarget();
        const QList<Memo> existing = store().memosFor(m_target, target);
        m_before = existing.isEmpty() ? std::nullopt : std::optional<Memo>(existing.first());
        m_created.clear();
        if (m_before && m_text.isEmpty()) {
            store().removeMemo(m_before->id);
        } else if (m_before) {
            store().updateMemo(m_before->id, m_before->title.isEmpty() ? m_title : m_before->title, m_text);
        } else if (!m_text.isEmpty()) {
            Memo m;
            m.target = m_target;
            m.targetId = target;
            m.title = m_title;
            m.text = m_text;
            m.author = m_author;
            store().addMemo(m);
            m_created = m.guid;
        }
    });
}

void SetMemo::revert()
{
    store().transaction([&] {
        const Id target = liveTarget();
        if (!m_created.isEmpty()) {
            const auto made = memoByGuid(target, m_created);
            if (!made)
                throw Error(QObject::tr("the memo this step wrote is no longer in the project (another program removed it)"));
            store().removeMemo(made->id);
        }
        if (!m_before)
            return;
        if (const auto now = memoByGuid(target, m_before->guid)) {
            store().updateMemo(now->id, m_before->title, m_before->text);
        } else {
            Memo m = *m_before;
            m.id = 0;  // its old row id may belong to another memo by now; the GUID is what names it
            m.targetId = target;
            store().addMemo(m);
        }
    });
}

}  // namespace thema
