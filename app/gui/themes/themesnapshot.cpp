#include "themesnapshot.h"

#include "themeref.h"

#include "store/projectstore.h"

namespace thema {

ThemeSnapshot ThemeSnapshot::capture(const ProjectStore& store, const QString& guid, bool subthemes)
{
    ThemeSnapshot snapshot;
    const QList<Theme> all = store.themes();  // depth-first: a subtree is contiguous after its root
    QList<Id> taken;
    for (const Theme& t : all) {
        const bool root = t.guid == guid;
        if (!root && !(subthemes && taken.contains(t.parent)))
            continue;
        Entry e;
        e.theme = t;
        for (const Theme& p : all)
            if (p.id == t.parent)
                e.parentGuid = p.guid;
        e.exemplars = store.exemplars(t.id);
        e.memos = store.memosFor(MemoTarget::Theme, t.id);
        snapshot.entries.append(e);
        taken.append(t.id);
    }
    return snapshot;
}

void ThemeSnapshot::restore(ProjectStore& store) const
{
    store.transaction([&] {
        for (const Entry& e : entries) {
            Theme t = e.theme;
            t.id = 0;
            t.parent = e.parentGuid.isEmpty() ? 0 : themeref::require(store, e.parentGuid);
            QList<Id> codes;
            for (Id c : t.codes)
                if (store.code(c))
                    codes.append(c);
            t.codes = codes;
            const Id id = store.addTheme(t);
            for (Id coding : e.exemplars)
                if (store.coding(coding))
                    store.setExemplar(id, coding, true);
            for (Memo m : e.memos) {
                m.id = 0;
                m.targetId = id;
                store.addMemo(m);
            }
        }
    });
}

}  // namespace thema
