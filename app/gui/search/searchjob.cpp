#include "searchjob.h"

#include "model/error.h"
#include "core/search/searchindex.h"
#include "store/projectstore.h"

#include <QFileInfo>

namespace thema {

SearchOutcome runSearch(const QString& projectPath, const QString& query, const SearchOptions& options,
                        const std::function<void(int, int)>& progress, const std::atomic_bool* cancel, bool checkIndex)
{
    SearchOutcome out;
    try {
        // The window opened and checked the file; the worker's own connection need not check it again.
        const auto store = ProjectStore::openReadOnly(projectPath, false);
        SearchIndex index(projectPath);
        store->readSnapshot([&] {
            // Comparing the index with the project reads every turn (0.5 s for 21 million words): only when asked.
            const IndexStatus before = checkIndex || !QFileInfo::exists(index.path()) ? index.status(*store) : IndexStatus{.current = true};
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
