#include "analysis/analysisoptions.h"

#include "store/projectstore.h"

namespace thema {

QString groupAttributeFor(const ProjectStore& store, const QString& requested)
{
    if (!requested.trimmed().isEmpty())
        return requested.trimmed();
    const QString setting = store.setting(QStringLiteral("group_attribute")).trimmed();
    return setting.isEmpty() ? QStringLiteral("role") : setting;
}

}  // namespace thema
