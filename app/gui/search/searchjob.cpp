#include "searchjob.h"

#include "model/error.h"
#include "core/search/searchindex.h"
#include "store/projectstore.h"

namespace thema {

SearchOutcome runSearch(const QString& projectPath, const QString& query, const SearchOptions& options,
                        const std::function<void(int, int)>& progress, const std::atomic_bool* cancel)
{
    SearchOutcome out;
    try {
        const auto store = ProjectStore::openReadOnly(projectPath);
        SearchIndex index(projectPath);
        store->readSnapshot([&] {
            const IndexStatus before = index.status(*store);
            if (!before.current) {
                const IndexStatus after = index.update(*store, progress, cancel);
                out.indexed = before.exists ? before.staleSources + before.removedSources : after.sources;
                if (cancel && cancel->load()) {
                    out.cancelled = true;
                    return;
                }
            }
            out.result = index.search(*store, query, options);
        });
    } catch (const Error& e) {
        out.error = e.message();
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

}  // namespace thema
