#include "core/search/indexsync.h"

#include "core/search/searchindex.h"
#include "store/projectstore.h"

namespace thema {

IndexSync syncIndex(const QString& projectPath, const std::atomic_bool* cancel)
{
    IndexSync out;
    const auto store = ProjectStore::openReadOnly(projectPath);
    SearchIndex index(projectPath);
    store->readSnapshot([&] {
        const IndexStatus before = index.status(*store);
        out.sources = before.sources;
        if (before.current)
            return;
        const IndexStatus after = index.update(*store, {}, cancel);
        out.built = !before.exists || before.damaged;
        out.indexed = out.built ? after.sources : before.staleSources;
        out.removed = out.built ? 0 : before.removedSources;
    });
    return out;
}

}  // namespace thema
