// ProjectStore: the recording linked to each source.
#include "projectstore.h"

#include "sql.h"

namespace thema {
namespace {

SourceMedia readMedia(const sql::Query& q)
{
    return SourceMedia{q.integer(0), q.text(1), q.text(2), q.text(3)};
}

}  // namespace

std::optional<SourceMedia> ProjectStore::sourceMedia(Id source) const
{
    sql::Query q(database(), QStringLiteral("SELECT source, guid, path, kind FROM source_media WHERE source = ?"), {source});
    if (q.next())
        return readMedia(q);
    return std::nullopt;
}

QList<SourceMedia> ProjectStore::allSourceMedia() const
{
    QList<SourceMedia> result;
    sql::Query q(database(), QStringLiteral("SELECT source, guid, path, kind FROM source_media ORDER BY source"), {});
    while (q.next())
        result.append(readMedia(q));
    return result;
}

void ProjectStore::setSourceMedia(SourceMedia& media)
{
    if (media.path.trimmed().isEmpty())
        throw Error(QStringLiteral("A recording needs a file name"));
    if (media.kind != QLatin1String("audio") && media.kind != QLatin1String("video"))
        throw Error(QStringLiteral("%1: a recording is audio or video, not \"%2\"").arg(media.path, media.kind));
    transaction([&] {
        if (!source(media.source))
            throw Error(QStringLiteral("No source with id %1").arg(media.source));
        if (media.guid.isEmpty())
            media.guid = newGuid();
        sql::Query(database(), QStringLiteral("DELETE FROM source_media WHERE source = ?"), {media.source});
        sql::Query(database(), QStringLiteral("INSERT INTO source_media(source, guid, path, kind) VALUES (?, ?, ?, ?)"),
                   {media.source, media.guid.toLower(), media.path, media.kind});
        touch(SourcesChanged, media.source);
    });
}

void ProjectStore::removeSourceMedia(Id source)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("DELETE FROM source_media WHERE source = ?"), {source});
        touch(SourcesChanged, source);
    });
}

}  // namespace thema
