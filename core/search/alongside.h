#pragma once

// Internal to core/search: two pieces of work at once, one on another thread.

#include <exception>
#include <thread>

namespace thema {

/**
 * Runs @p other on a new thread while this thread runs @p here, and returns when both are done. An exception from
 * either is rethrown here (this thread's first) after both have ended.
 */
template <typename Other, typename Here>
void alongside(Other&& other, Here&& here)
{
    std::exception_ptr otherFailure;
    std::thread thread([&] {
        try {
            other();
        } catch (...) {
            otherFailure = std::current_exception();
        }
    });
    try {
        here();
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (otherFailure)
        std::rethrow_exception(otherFailure);
}

}  // namespace thema
