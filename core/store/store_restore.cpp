// ProjectStore: putting back what an undo needs, under the old ids.
#include "projectstore.h"

#include "sql.h"
#include "timestamps.h"

namespace thema {

void ProjectStore::restoreCode(const Code& code)
{
    checkCodeName(code.name);
    transaction([&] {
        if (!code.id || code.guid.isEmpty())
            throw Error(QStringLiteral("Restoring code \"%1\" needs its old id and guid").arg(code.name));
        if (this->code(code.id))
            throw Error(QStringLiteral("A code with id %1 exists already").arg(code.id));
        if (code.parent && !this->code(code.parent))
            throw Error(QStringLiteral("No parent code with id %1").arg(code.parent));
        if (codeIdInTree(code.parent, code.name))
            throw Error(QStringLiteral("A code \"%1\" exists already at that level").arg(code.name));
        sql::Query(database(),
                   QStringLiteral("INSERT INTO code(id, guid, parent, name, color, definition, when_to_use, when_not, example,"
                                  " position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {code.id, code.guid.toLower(), sql::idOrNull(code.parent), code.name, code.color, code.description.definition,
                    code.description.whenToUse, code.description.whenNotToUse, code.description.example, code.position,
                    sql::now()});
        touch(CodesChanged);
    });
}

}  // namespace thema
