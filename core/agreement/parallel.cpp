#include "agreement/parallel.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace thema::agreement {

void forEachIndex(int count, const std::function<void(int)>& body, int atLeast)
{
    if (count < std::max(2, atLeast) || std::thread::hardware_concurrency() < 2) {
        for (int i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::atomic<int> next{0};
    std::mutex mutex;
    std::exception_ptr failure;
    const auto work = [&] {
        for (int i = next++; i < count; i = next++) {
            try {
                body(i);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = std::current_exception();
                next = count;  // the other thread stops at its next index
            }
        }
    };
    std::thread worker(work);
    work();
    worker.join();
    if (failure)
        std::rethrow_exception(failure);
}

}  // namespace thema::agreement
