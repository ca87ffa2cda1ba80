#pragma once

#include <functional>

namespace thema::agreement {

/**
 * Runs @p body(i) for every i in [0, @p count): on this thread and, when the machine has a second core and there
 * are at least @p atLeast items, on one worker thread too, each taking the next index not yet taken. @p body
 * must write only what belongs to its own index (results go into slots made beforehand), so the outcome does not
 * depend on which thread ran what. The first exception thrown is rethrown here once both threads are done.
 */
void forEachIndex(int count, const std::function<void(int)>& body, int atLeast = 2);

}  // namespace thema::agreement
