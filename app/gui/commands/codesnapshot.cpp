#include "codesnapshot.h"

#include "store/projectstore.h"

namespace thema {

QList<Id> codeSubtreeIds(const ProjectStore& store, Id code)
{
    QList<Id> result{code};
    const QList<Code> all = store.codes();  // depth-first, so parents come before children
    for (const Code& c : all)
        if (result.contains(c.parent) && !result.contains(c.id))
            result.append(c.id);
    return result;
}

CodeSnapshot CodeSnapshot::capture(const ProjectStore& store, const QList<Id>& codeIds)
{
    CodeSnapshot s;
    for (Id id : codeIds)
        if (const auto c = store.code(id))
            s.codes.append(*c);
    CodingFilter filter;
    filter.codes = codeIds;
    s.codings = store.codings(filter);
    for (Id id : codeIds)
        s.memos += store.memosFor(MemoTarget::Code, id);
    for (const Theme& t : store.themes())
        for (Id id : codeIds)
            if (t.codes.contains(id))
                s.themeLinks.append({t.id, id});
    return s;
}

void CodeSnapshot::restore(ProjectStore& store) const
{
    store.transaction([&] {
        for (const Code& c : codes) {
            if (store.code(c.id))
                store.moveCode(c.id, c.parent, c.position);  // a merge moved it below the target
            else
                store.restoreCode(c);
        }
        for (Coding c : codings) {
            if (store.coding(c.id))
                store.removeCoding(c.id);  // a merge moved it to another code
            store.addCoding(c);
        }
        for (Memo m : memos) {
            const QList<Memo> all = store.memos();
            for (const Memo& existing : all)
                if (existing.id == m.id)
                    store.removeMemo(m.id);  // a merge re-targeted it
            store.addMemo(m);
        }
        for (const auto& [theme, code] : themeLinks)
            store.linkCode(theme, code);
    });
}

}  // namespace thema
