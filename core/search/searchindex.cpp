#include "searchindex.h"

#include "indexbuild.h"
#include "indexterms.h"
#include "indexwriter.h"
#include "model/error.h"
#include "searchindex_p.h"
#include "sourcesignature.h"
#include "store/postgres/teamurl.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <thread>
#include <sstream>

namespace thema {

using namespace indexterms;

namespace {

QString xapianMessage(const QString& path, const Xapian::Error& e)
{
    return QStringLiteral("%1: search index: %2").arg(path, QString::fromStdString(e.get_description()));
}

/** Status of @p db against @p snap. */
IndexStatus compare(const Xapian::Database& db, const ProjectSnapshot& snap, const QString& path)
{
    IndexStatus st;
    st.path = path;
    st.exists = true;
    st.sources = int(snap.sources.size());
    st.documents = db.get_doccount();
    st.schemaVersion = QString::fromStdString(db.get_metadata(kMetaSchema)).toInt();
    const bool sameProject = db.get_metadata(kMetaProject) == snap.projectGuid.toStdString();
    const bool sameSchema = st.schemaVersion == SearchIndex::kSchemaVersion;
    int indexed = 0;
    for (auto k = db.metadata_keys_begin(kMetaSourcePrefix); k != db.metadata_keys_end(kMetaSourcePrefix); ++k) {
        const QString guid = QString::fromStdString((*k).substr(kMetaSourcePrefix.size()));
        const auto it = snap.sources.constFind(guid);
        if (it == snap.sources.cend())
            ++st.removedSources;
        else if (db.get_metadata(*k) == it->signature.toStdString())
            ++indexed;
    }
    st.staleSources = sameProject && sameSchema ? st.sources - indexed : st.sources;
    st.current = sameProject && sameSchema && st.staleSources == 0 && st.removedSources == 0;
    return st;
}

/**
 * Rewrites a freshly built index with full blocks (as xapian-compact does): a third smaller, and faster to
 * read. With @p sidePath, the database there is merged in (its documents numbered after the index's) and removed.
 * The copy replaces the index only when complete; if anything fails the index stays as it was, and the side
 * database's sources are stale.
 */
void compact(const QString& indexPath, const QString& sidePath)
{
    const QString tmp = indexPath + QStringLiteral(".compact");
    const QString old = indexPath + QStringLiteral(".old");
    QDir(tmp).removeRecursively();
    QDir(old).removeRecursively();
    const bool merge = !sidePath.isEmpty() && QFileInfo::exists(sidePath);
    try {
        Xapian::Database all(indexPath.toStdString());
        if (merge)
            all.add_database(Xapian::Database(sidePath.toStdString()));
        all.compact(tmp.toStdString(), merge ? 0 : Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error&) {
        QDir(tmp).removeRecursively();
        if (!sidePath.isEmpty())
            QDir(sidePath).removeRecursively();
        return;
    }
    if (!sidePath.isEmpty())
        QDir(sidePath).removeRecursively();
    if (QDir().rename(indexPath, old) && QDir().rename(tmp, indexPath))
        QDir(old).removeRecursively();
    else if (!QFileInfo::exists(indexPath))
        QDir().rename(old, indexPath);
}

}  // namespace

Xapian::Database* SearchIndex::Impl::open()
{
    if (reader)
        return &*reader;
    if (!QFileInfo::exists(indexPath))
        return nullptr;
    try {
        reader.emplace(indexPath.toStdString());
    } catch (const Xapian::DatabaseCorruptError&) {
        throw;
    } catch (const Xapian::DatabaseLockError& e) {
        throw Error(xapianMessage(indexPath, e));
    } catch (const Xapian::DatabaseOpeningError& e) {
        if (QFileInfo::exists(indexPath + QStringLiteral("/iamglass")))
            throw Xapian::DatabaseCorruptError(e.get_msg());  // an index whose files cannot be read
        return nullptr;  // not (yet) an index: update() creates it
    } catch (const Xapian::Error& e) {
        throw Error(xapianMessage(indexPath, e));
    }
    return &*reader;
}

SearchIndex::SearchIndex(const QString& projectPath) : d(std::make_unique<Impl>())
{
    d->projectPath = projectPath;
    d->indexPath = indexPathFor(projectPath);
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::indexPathFor(const QString& projectPath)
{
    if (team::isTeamLocation(projectPath))  // a team project: this client's own index, in its cache folder
        return team::cacheFolder(projectPath) + QStringLiteral("/index");
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral("-index");
}

QString SearchIndex::path() const { return d->indexPath; }

IndexStatus SearchIndex::status(const ProjectStore& store, bool verify) const
{
    const ProjectSnapshot snap = ProjectSnapshot::read(store);
    d->reader.reset();  // see the latest commit
    IndexStatus missing;
    missing.path = d->indexPath;
    missing.sources = int(snap.sources.size());
    missing.staleSources = missing.sources;
    auto damaged = [&](const Xapian::Error& e) {
        IndexStatus st = missing;
        st.exists = true;
        st.damaged = true;
        st.problem = QString::fromStdString(e.get_description());
        d->reader.reset();
        return st;
    };
    try {
        Xapian::Database* db = d->open();
        if (!db)
            return missing;
        IndexStatus st = compare(*db, snap, d->indexPath);
        if (verify) {
            std::ostringstream quiet;
            if (Xapian::Database::check(d->indexPath.toStdString(), 0, &quiet) != 0)
                throw Xapian::DatabaseCorruptError("the index check found errors");
        }
        return st;
    } catch (const Xapian::DatabaseCorruptError& e) {
        return damaged(e);
    } catch (const Xapian::DatabaseLockError& e) {
        throw Error(xapianMessage(d->indexPath, e));
    } catch (const Xapian::DatabaseError& e) {
        return damaged(e);
    } catch (const Xapian::Error& e) {
        throw Error(xapianMessage(d->indexPath, e));
    }
}

IndexStatus SearchIndex::rebuild(const ProjectStore& store, const Progress& progress, const std::atomic_bool* cancel)
{
    d->reader.reset();
    QDir(d->indexPath).removeRecursively();
    return update(store, progress, cancel);
}

IndexStatus SearchIndex::update(const ProjectStore& store, const Progress& progress, const std::atomic_bool* cancel)
{
    try {
        return d->update(store, progress, cancel);
    } catch (const Xapian::DatabaseCorruptError&) {
        // A damaged index is derived data: build it again from the project.
        d->reader.reset();
        QDir(d->indexPath).removeRecursively();
        try {
            return d->update(store, progress, cancel);
        } catch (const Xapian::Error& e) {
            throw Error(xapianMessage(d->indexPath, e));
        }
    }
}

IndexStatus SearchIndex::Impl::update(const ProjectStore& store, const Progress& progress, const std::atomic_bool* cancel)
{
    SearchIndex::Impl* d = this;
    const ProjectSnapshot snap = ProjectSnapshot::read(store);
    d->reader.reset();
    try {
        Xapian::WritableDatabase db;
        try {
            db = Xapian::WritableDatabase(d->indexPath.toStdString(), Xapian::DB_CREATE_OR_OPEN);
        } catch (const Xapian::DatabaseCorruptError&) {
            db = Xapian::WritableDatabase(d->indexPath.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        } catch (const Xapian::DatabaseLockError&) {
            throw;
        } catch (const Xapian::DatabaseOpeningError&) {  // an old format, or files that cannot be read
            QDir(d->indexPath).removeRecursively();
            db = Xapian::WritableDatabase(d->indexPath.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        }
        const std::string schema = std::to_string(kSchemaVersion);
        if (db.get_metadata(kMetaSchema) != schema || db.get_metadata(kMetaProject) != snap.projectGuid.toStdString()) {
            db.close();
            db = Xapian::WritableDatabase(d->indexPath.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
            db.set_metadata(kMetaSchema, schema);
            db.set_metadata(kMetaProject, snap.projectGuid.toStdString());
        }
        db.set_metadata(kMetaLanguage, snap.language.toStdString());
        QStringList keys;
        for (const Participant& p : snap.participants)
            for (auto a = p.attributes.cbegin(); a != p.attributes.cend(); ++a)
                if (!keys.contains(a.key()))
                    keys.append(a.key());
        db.set_metadata(kMetaFields, keys.join(QLatin1Char('\n')).toStdString());
        std::vector<std::string> removed;
        for (auto k = db.metadata_keys_begin(kMetaSourcePrefix); k != db.metadata_keys_end(kMetaSourcePrefix); ++k)
            if (!snap.sources.contains(QString::fromStdString((*k).substr(kMetaSourcePrefix.size()))))
                removed.push_back(*k);
        for (const std::string& key : removed) {
            IndexWriter::remove(db, QString::fromStdString(key.substr(kMetaSourcePrefix.size())));
            db.set_metadata(key, std::string());
        }
        QList<const IndexedSource*> stale;
        for (const IndexedSource& is : snap.sources)
            if (db.get_metadata(kMetaSourcePrefix + is.source.guid.toStdString()) != is.signature.toStdString())
                stale.append(&is);
        std::sort(stale.begin(), stale.end(), [](auto a, auto b) { return a->source.id < b->source.id; });
        // When most of the index is written anew it is compacted afterwards anyway; then half of it goes into a
        // second database, written on the other core, and the compaction merges the two.
        const bool mostlyNew = !stale.isEmpty() && stale.size() * 2 >= snap.sources.size();
        const bool twoShards = mostlyNew && stale.size() >= 2 && std::thread::hardware_concurrency() >= 2;
        const QString side = twoShards ? d->indexPath + QStringLiteral(".side") : QString();
        int done = 0;
        try {
            done = writeSources(db, side, stale, [&](Id source) { return store.sourceText(source); },
                                snap.participants, progress, cancel);
        } catch (...) {
            if (twoShards)
                QDir(side).removeRecursively();
            throw;
        }
        db.close();
        if (twoShards || (mostlyNew && done > 0))
            compact(d->indexPath, side);
        return compare(Xapian::Database(d->indexPath.toStdString()), snap, d->indexPath);
    } catch (const Xapian::DatabaseLockError&) {
        throw Error(QStringLiteral("%1: the search index is being updated by another process; try again when it is done")
                        .arg(d->indexPath));
    } catch (const Xapian::DatabaseCorruptError&) {
        throw;  // SearchIndex::update rebuilds
    } catch (const Xapian::Error& e) {
        throw Error(xapianMessage(d->indexPath, e));
    }
}

SearchResult SearchIndex::search(const ProjectStore& store, const QString& query, const SearchOptions& options)
{
    try {
        return d->search(store, query, options);
    } catch (const Xapian::DatabaseCorruptError&) {
        rebuild(store);
        try {
            return d->search(store, query, options);
        } catch (const Xapian::Error& e) {
            throw Error(xapianMessage(d->indexPath, e));
        }
    }
}

}  // namespace thema
