#pragma once

#include "searchindex.h"

#include <QFuture>

#include <memory>

namespace thema {

/**
 * Updates the search index of the project at @p projectPath off the calling (GUI) thread: the worker opens its
 * own connection to the project (Qt SQL connections belong to one thread) and runs SearchIndex::update().
 * @p progress is called in the worker thread (queue it to the GUI, e.g. with QMetaObject::invokeMethod);
 * setting @p cancel stops between sources, keeping what was done. The future's result is the index status;
 * a failure is rethrown from QFuture::result() as thema::Error.
 */
QFuture<IndexStatus> updateIndexInBackground(const QString& projectPath, SearchIndex::Progress progress = {},
                                             std::shared_ptr<std::atomic_bool> cancel = {});

}  // namespace thema
