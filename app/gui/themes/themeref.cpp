#include "themeref.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema::themeref {

Id idOf(const ProjectStore& store, const QString& guid)
{
    if (guid.isEmpty())
        return 0;
    for (const Theme& t : store.themes())
        if (t.guid == guid)
            return t.id;
    return 0;
}

Id require(const ProjectStore& store, const QString& guid)
{
    const Id id = idOf(store, guid);
    if (!id)
        throw Error(QObject::tr("The theme %1 no longer exists").arg(guid));
    return id;
}

QString guidOf(const ProjectStore& store, Id id)
{
    if (!id)
        return {};
    const auto t = store.theme(id);
    return t ? t->guid : QString();
}

}  // namespace thema::themeref
