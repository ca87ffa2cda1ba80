#include "resolve.h"

#include "model/error.h"
#include "names.h"
#include "projectstore.h"

namespace thema::resolve {
namespace {

template <typename T, typename ById, typename ByName>
T find(const QString& what, const QString& key, ById byId, ByName byName)
{
    if (auto found = byName(key))
        return *found;
    bool isNumber = false;
    const Id id = key.toLongLong(&isNumber);
    if (isNumber)
        if (auto found = byId(id))
            return *found;
    throw Error(QStringLiteral("no %1 \"%2\"").arg(what, key));
}

QString normalizedPath(const QString& path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = singleLineName(p);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}

}  // namespace

Source source(const ProjectStore& store, const QString& key)
{
    return find<Source>(QStringLiteral("source"), key, [&](Id id) { return store.source(id); },
                        [&](const QString& n) { return store.sourceByName(n); });
}

Code code(const ProjectStore& store, const QString& key)
{
    const QString path = normalizedPath(key);
    return find<Code>(QStringLiteral("code"), key, [&](Id id) { return store.code(id); },
                      [&](const QString&) -> std::optional<Code> {
                          for (const Code& c : store.codes())
                              if (c.path == path)
                                  return c;
                          return std::nullopt;
                      });
}

Coder coder(const ProjectStore& store, const QString& key)
{
    return find<Coder>(QStringLiteral("coder"), key, [&](Id id) { return store.coder(id); },
                       [&](const QString& n) { return store.coderByName(n); });
}

Theme theme(const ProjectStore& store, const QString& key)
{
    return find<Theme>(QStringLiteral("theme"), key, [&](Id id) { return store.theme(id); },
                       [&](const QString& p) { return store.themeByPath(p); });
}

Participant participant(const ProjectStore& store, const QString& key)
{
    return find<Participant>(QStringLiteral("participant"), key, [&](Id id) { return store.participant(id); },
                             [&](const QString& n) { return store.participantByName(n); });
}

}  // namespace thema::resolve
