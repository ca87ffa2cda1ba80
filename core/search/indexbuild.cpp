#include "indexbuild.h"

#include "alongside.h"
#include "indexterms.h"
#include "indexwriter.h"

#include <QDir>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace thema {

using namespace indexterms;

namespace {

constexpr int kWorkers = 2;
constexpr size_t kAhead = 2;  ///< texts read for a database and not yet taken by a worker: memory stays bounded

struct Job {
    const IndexedSource* source = nullptr;
    int position = 0;  ///< in its database's sources: each is written after the ones before it
    QString text;
};

/** A database, the sources that go into it, and how far they are. */
struct Lane {
    Xapian::WritableDatabase* db = nullptr;
    QList<const IndexedSource*> sources;
    qsizetype read = 0;  ///< texts read so far
    int written = 0;     ///< sources written so far, in order
    std::deque<Job> inbox;
};

std::string signatureKey(const IndexedSource& is) { return kMetaSourcePrefix + is.source.guid.toStdString(); }

/** Where the side database's sources begin: after about half of the characters, leaving each part one or more. */
qsizetype splitByCharacters(const QList<const IndexedSource*>& sources)
{
    qint64 total = 0, sum = 0;
    for (const IndexedSource* is : sources)
        total += is->source.characters;
    qsizetype split = 0;
    while (split < sources.size() && sum * 2 < total)
        sum += sources[split++]->source.characters;
    return std::clamp<qsizetype>(split, 1, sources.size() - 1);
}

}  // namespace

int writeSources(Xapian::WritableDatabase& db, const QString& sidePath, const QList<const IndexedSource*>& sources,
                 const std::function<QString(Id source)>& readText, const QHash<Id, Participant>& participants,
                 const SearchIndex::Progress& progress, const std::atomic_bool* cancel)
{
    const qsizetype n = sources.size();
    Xapian::WritableDatabase side;
    std::vector<Lane> lanes(1);
    lanes[0].db = &db;
    lanes[0].sources = sources;
    if (!sidePath.isEmpty() && n >= 2) {
        QDir(sidePath).removeRecursively();
        side = Xapian::WritableDatabase(sidePath.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        const qsizetype split = splitByCharacters(sources);
        lanes.resize(2);
        lanes[0].sources = sources.first(split);
        lanes[1].db = &side;
        lanes[1].sources = sources.sliced(split);
        for (const IndexedSource* is : lanes[1].sources)
            if (!db.get_metadata(signatureKey(*is)).empty()) {
                IndexWriter::remove(db, is->source.guid);
                db.set_metadata(signatureKey(*is), std::string());
            }
    }

    std::mutex mutex;
    std::condition_variable changed;
    bool closed = false;  ///< no more texts come
    std::exception_ptr failure;
    int written = 0, active = kWorkers;

    // Each worker has its own tokeniser and stem caches (made here: ICU sets itself up on one thread). With one
    // database both workers take its sources (one tokenises while the other writes); with two, each keeps to its own.
    std::vector<IndexWriter> writers(kWorkers);
    auto work = [&](Lane& lane, IndexWriter& writer) {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return closed || failure || !lane.inbox.empty(); });
                if (failure || lane.inbox.empty())
                    return;
                job = std::move(lane.inbox.front());
                lane.inbox.pop_front();
            }
            changed.notify_all();
            try {
                PreparedSource prepared = writer.prepare(*job.source, job.text, participants);
                job.text.clear();
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return failure || lane.written == job.position; });
                    if (failure)
                        return;
                }
                // The database is this worker's alone until `written` moves on.
                IndexWriter::commit(*lane.db, std::move(prepared));
                lane.db->set_metadata(signatureKey(*job.source), job.source->signature.toStdString());
                {
                    std::lock_guard lock(mutex);
                    ++lane.written;
                    ++written;
                }
                changed.notify_all();
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = std::current_exception();
                changed.notify_all();
                return;
            }
        }
    };
    std::vector<std::thread> workers;
    for (size_t i = 0; i < kWorkers; ++i)
        workers.emplace_back([&, i] {
            work(lanes[i % lanes.size()], writers[i]);
            std::lock_guard lock(mutex);
            --active;
            changed.notify_all();
        });
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            closed = true;
            for (Lane& lane : lanes)
                lane.inbox.clear();
        }
        changed.notify_all();
        for (std::thread& w : workers)
            w.join();
    };

    int reported = 0;
    auto report = [&](int done) {  // every count once, in order
        for (; reported < done; ++reported)
            if (progress)
                progress(reported + 1, int(n));
    };
    try {
        std::unique_lock lock(mutex);
        for (;;) {
            // The next text goes to the database with the fewest waiting, of those with room and sources left.
            Lane* next = nullptr;
            changed.wait(lock, [&] {
                next = nullptr;
                for (Lane& lane : lanes)
                    if (lane.read < lane.sources.size() && lane.inbox.size() < kAhead
                        && (!next || lane.inbox.size() < next->inbox.size()))
                        next = &lane;
                bool left = false;
                for (const Lane& lane : lanes)
                    left = left || lane.read < lane.sources.size();
                return failure || next || !left;
            });
            if (failure || !next || (cancel && cancel->load()))
                break;
            Job job{next->sources[next->read], int(next->read), {}};
            ++next->read;
            const int done = written;
            lock.unlock();
            report(done);
            job.text = readText(job.source->source.id);
            lock.lock();
            next->inbox.push_back(std::move(job));
            changed.notify_all();
        }
        closed = true;
        changed.notify_all();
        for (;;) {
            if (cancel && cancel->load())
                for (Lane& lane : lanes)
                    lane.inbox.clear();  // a suffix of each database's sources: what is written stays in order
            if (active == 0)
                break;
            changed.wait(lock, [&] { return written != reported || active == 0; });
            const int done = written;
            lock.unlock();
            report(done);
            lock.lock();
        }
    } catch (...) {
        stop();
        throw;
    }
    stop();
    if (failure)
        std::rethrow_exception(failure);
    if (lanes.size() == 2)  // the two databases are committed at once too
        alongside([&] { side.commit(), side.close(); }, [&] { db.commit(); });
    else
        db.commit();
    return written;
}

}  // namespace thema
