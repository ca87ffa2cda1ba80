#include "store/postgres/teamidentity.h"

#include "model/error.h"
#include "store/postgres/serverfailure.h"
#include "store/postgres/teamproject.h"
#include "store/projectstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace thema::team {

Identity whoAmI(const ProjectStore& store)
{
    if (!isTeamProject(store))
        throw Error(QStringLiteral("%1: not a team project").arg(store.path()));
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT current_user, my_role(), my_coder_name(), is_blind()")))
        throw sql::serverFailure(store.database(), q.lastError());
    if (!q.next() || q.value(1).isNull())
        throw Error(QStringLiteral("%1: you are no longer a member of this team project").arg(store.path()));
    Identity who;
    who.login = q.value(0).toString();
    who.role = parseRole(q.value(1).toString());
    who.coder = q.value(2).toString();
    who.blind = q.value(3).toBool();
    return who;
}

QString describe(const Identity& identity)
{
    QString role = roleName(identity.role);
    if (identity.blind && identity.role == Role::Coder)
        role += QStringLiteral(", blind");
    QString text = QStringLiteral("you are %1 (%2)").arg(identity.login, role);
    if (identity.role != Role::Reader)
        text += QStringLiteral(", coding as %1").arg(identity.coder);
    return text;
}

}  // namespace thema::team
