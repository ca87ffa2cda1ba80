#include "names.h"

namespace thema {

QString singleLineName(const QString& raw)
{
    QString name = raw.simplified();
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return name.trimmed();
}

}  // namespace thema
