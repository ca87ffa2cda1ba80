#include "searchjob.h"

#include "model/error.h"
#include "search/searchindex.h"
#include "store/projectstore.h"

namespace thema {

SearchOutcome runSearch(const QString& projectPath, const QString& query, const SearchOptions& options,
                        const std::function<void(int, int)>& progress, const std::atomic_bool* cancel)
{
    SearchOutcome out;
    try {
        const auto store = ProjectStore::open(projectPath);
        SearchIndex index(projectPath);
        const IndexStatus before = index.status(*store);
        if (!before.current) {
            const IndexStatus after = index.update(*store, progress, cancel);
            out.indexed = before.staleSources + before.removedSources + (before.exists ? 0 : after.sources);
            if (cancel && cancel->load()) {
                out.cancelled = true;
                return out;
            }
        }
        out.result = index.search(*store, query, options);
    } catch (const Error& e) {
        out.error = e.message();
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

}  // namespace thema
